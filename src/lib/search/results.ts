import { excerptParts, type ExcerptPart } from './excerpt.ts';
import { SHOWN_TITLE_META } from './ranking.ts';

/** The part of Pagefind's `result.data()` the UI reads. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[] | undefined>;
  sub_results?: { title: string; url: string; excerpt: string }[];
}

/** A heading of a page that matched, linking to its anchor. */
export interface HitSection {
  title: string;
  url: string;
  excerpt: ExcerptPart[];
}

/** One page in the results, as the UI shows it. */
export interface SearchHit {
  url: string;
  title: string;
  kind?: string;
  /** `YYYY-MM-DD` */
  date?: string;
  category?: string;
  tags: string[];
  excerpt: ExcerptPart[];
  sections: HitSection[];
}

/**
 * Shape Pagefind's data for display: metadata, sanitised excerpts, at most `maxSections` headings.
 * The title is the page's unranked shown title if it has one (src/lib/search/ranking.ts), else its title.
 */
export function toHit(data: PagefindResultData, maxSections = 3): SearchHit {
  const title = data.meta[SHOWN_TITLE_META]?.trim() || data.meta.title?.trim() || data.url;
  const pageUrl = data.url.split('#')[0];
  const sections = (data.sub_results ?? [])
    // The first sub-result is often the page itself (text before the first heading).
    .filter((sub) => sub.url.includes('#') && sub.url.split('#')[0] === pageUrl && sub.title.trim() !== title)
    .slice(0, maxSections)
    .map((sub) => ({ title: sub.title.trim(), url: sub.url, excerpt: excerptParts(sub.excerpt) }));
  return {
    url: data.url,
    title,
    kind: data.meta.kind || undefined,
    date: /^\d{4}-\d{2}-\d{2}$/.test(data.meta.date ?? '') ? data.meta.date : undefined,
    category: data.meta.category || undefined,
    tags: data.filters?.tag ?? [],
    excerpt: excerptParts(data.excerpt),
    sections,
  };
}

/**
 * What the live region announces after a search: `3 results for “nan”`, `No results for “x”`,
 * `5 pages match the filters` when there are no words.
 */
export function resultSummary(count: number, query: string, filtered: boolean): string {
  const words = query.trim();
  if (!words) {
    if (count === 0) return 'No pages match these filters.';
    return `${count} ${count === 1 ? 'page matches' : 'pages match'} the filters.`;
  }
  const quoted = `“${words}”`;
  if (count === 0) return filtered ? `No results for ${quoted} with these filters.` : `No results for ${quoted}.`;
  return `${count} ${count === 1 ? 'result' : 'results'} for ${quoted}${filtered ? ' with these filters' : ''}.`;
}
