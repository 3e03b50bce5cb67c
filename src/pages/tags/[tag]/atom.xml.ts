import { tagFeedPaths, tagFeedRoute } from '../../../data/feeds.ts';

/** One feed per tag; none when labbook.yaml has no `url`. */
export const getStaticPaths = tagFeedPaths;

/** One tag's newest TILs as Atom 1.0. */
export const GET = tagFeedRoute('atom');
