import { siteFeedRoute } from '../data/feeds.ts';

/** The site's newest TILs as RSS 2.0. */
export const GET = siteFeedRoute('rss');
