import 'server-only';
import { appContentStore } from './store';

// The app's content, on the server only: pages, route handlers and metadata read it here.
export const content = appContentStore();

