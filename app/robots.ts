import type { MetadataRoute } from 'next';
import { absolute } from '@/lib/routes/site-url';
import { basePath } from '@/lib/routes/routes';

export const dynamic = 'force-static';

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/' },
    sitemap: absolute(`${basePath}/sitemap.xml`),
  };
}
