import { afterPaint, type AfterPaint } from './after-paint';

// The page's own configuration: inline.ts writes it in place of this name.
declare const __AFTER_PAINT__: AfterPaint;

afterPaint(__AFTER_PAINT__);
