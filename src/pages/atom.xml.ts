import { siteFeedRoute } from '../data/feeds.ts';

/** The site's newest TILs as Atom 1.0. */
export const GET = siteFeedRoute('atom');
