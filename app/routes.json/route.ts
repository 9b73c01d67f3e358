import { routeManifest } from '@/lib/routes/static-params';

// The ids of every prerendered page, written once at build time: the proxy reads it to answer
// unknown paths with a real 404 (see proxy.ts).
export const dynamic = 'force-static';

export async function GET() {
  return Response.json(await routeManifest());
}
