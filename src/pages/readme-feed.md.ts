import type { APIRoute } from 'astro';
import { tilReadmeItems } from '../lib/readme-feed/items.ts';
import { renderReadmeSnippet } from '../lib/readme-feed/snippet.ts';
import { site } from '../data/site.ts';
import { getWiki } from '../data/wiki.ts';

/**
 * /readme-feed.md: the newest TILs as the Markdown list `labbook readme` writes into a profile
 * README, byte for byte. Links are absolute with the site's `url`; without one, site-relative with the base.
 */
export const GET: APIRoute = async () => {
  const { url, base } = site;
  const { tils } = await getWiki();
  const body = renderReadmeSnippet(tilReadmeItems(tils, { url, base }));
  return new Response(body, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
};
