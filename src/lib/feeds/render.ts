import { buildAtom } from './atom.ts';
import { buildJsonFeed } from './json-feed.ts';
import { FEED_FORMATS, type FeedFormat, type FeedInfo, type FeedItem } from './model.ts';
import { buildRss } from './rss.ts';

const BUILDERS: Record<FeedFormat, (info: FeedInfo, items: FeedItem[]) => string> = { rss: buildRss, atom: buildAtom, json: buildJsonFeed };

/** The feed file in `format` as a response served with the format's media type (in `astro dev`). */
export function feedResponse(format: FeedFormat, info: FeedInfo, items: FeedItem[]): Response {
  return new Response(BUILDERS[format](info, items), { headers: { 'Content-Type': `${FEED_FORMATS[format].type}; charset=utf-8` } });
}
