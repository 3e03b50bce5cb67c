import { siteFeedRoute } from '../data/feeds.ts';

/** The site's newest TILs as JSON Feed 1.1. */
export const GET = siteFeedRoute('json');
