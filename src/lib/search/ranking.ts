/**
 * How Labbook tunes Pagefind's ranking. Pagefind adds a boost to a page for each metadata field
 * that holds the words searched for, 5x for `title` (Pagefind 1.5+ `ranking.metaWeights`), on top
 * of what its text scores. That is right for notes, but an issue's page is titled after the issue
 * ("What do we know about #42?"), so `#42` would put it above every note that cites #42, although
 * it only quotes them. Such a page leaves `title` empty and names itself in {@link SHOWN_TITLE_META},
 * a field that gives no boost: results show it as the title, ranking never sees it.
 */

/** The metadata field holding the title a result shows for a page whose title must not rank it. */
export const SHOWN_TITLE_META = 'shown_title';

/** Pagefind's `ranking` option: Pagefind's defaults, except that {@link SHOWN_TITLE_META} weighs nothing. */
export const PAGEFIND_RANKING = { metaWeights: { [SHOWN_TITLE_META]: 0 } } as const;
