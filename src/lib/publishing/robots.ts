/**
 * `robots.txt`: every page may be crawled; the sitemap is named when its absolute URL is known.
 * Under a base path the file sits at `/<base>/robots.txt`, which crawlers only read at the host's
 * root, so it matters most for user and organisation sites (`owner.github.io`).
 */
export function robotsTxt(sitemapUrl?: string): string {
  return ['User-agent: *', 'Allow: /', ...(sitemapUrl ? ['', `Sitemap: ${sitemapUrl}`] : []), ''].join('\n');
}
