import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/feeds/til-items.ts';
import { robotsTxt } from '../lib/publishing/robots.ts';
import { site } from '../data/site.ts';

/** robots.txt: crawl everything; names sitemap.xml when the site's `url` is known. */
export const GET: APIRoute = () => {
  const { url, base } = site;
  const sitemapUrl = url ? absoluteUrl({ url, base }, '/sitemap.xml') : undefined;
  return new Response(robotsTxt(sitemapUrl), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
