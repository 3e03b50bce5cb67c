import { parseIssueRef } from './github-refs.ts';
import { collectReferences } from './reference-index.ts';
import { plainTitle } from './title-code.ts';

/** A page of the wiki, as the issue index reads it. */
export interface IssueSourcePage {
  title: string;
  /** Site-relative URL of the page. */
  url: string;
  /** `YYYY-MM-DD` for TILs; docs have none. */
  date?: string;
  kind: 'TIL' | 'Doc';
  /** Markdown body (no front matter). */
  markdown: string;
  /** Front matter `issues:` of a TIL. */
  issues?: (number | string)[];
}

/** One page that cites an issue, with the sentences that do. */
export interface IssueMention {
  page: Omit<IssueSourcePage, 'markdown' | 'issues'>;
  /** Sentences around each reference in the text; empty when only the front matter lists it. */
  sentences: string[];
  /** True when the page lists the issue in its front matter `issues:`. */
  listed: boolean;
}

/** Everything the wiki says about one issue or PR. */
export interface IssueEntry {
  /** `owner/repo#42`, lower case. */
  key: string;
  /** `#42` for the wiki's repo, `owner/repo#7` for others. */
  label: string;
  /** The issue on GitHub. */
  url: string;
  /** Path segments of its page below /issues/: `42`, or `owner/repo/7` for another repo. */
  path: string;
  /** Newest citing page first; undated pages (docs) last. */
  mentions: IssueMention[];
  /** Date of the newest citing page, if any is dated. */
  latest?: string;
}

/** `ferrite-ml/platform#42` -> `42` in the wiki's repo, else `ferrite-ml/platform/42`. */
export function issuePath(key: string, repo: string | undefined): string {
  const [name, number] = key.split('#');
  return repo && name === repo.toLowerCase() ? `${number}` : `${name}/${number}`;
}

function byNewest(a: { date?: string; title: string }, b: { date?: string; title: string }): number {
  return (b.date ?? '').localeCompare(a.date ?? '') || a.title.localeCompare(b.title);
}

/**
 * Every issue or PR referenced anywhere in the wiki (text and front matter), each with the pages
 * citing it and the sentence around each reference. Issues sort by their newest reference.
 */
export function buildIssueIndex(pages: IssueSourcePage[], repo: string | undefined): IssueEntry[] {
  const issues = new Map<string, IssueEntry>();
  const mentionOf = (page: IssueSourcePage, ref: { key: string; label: string; url: string }): IssueMention => {
    let entry = issues.get(ref.key);
    if (!entry) {
      entry = { key: ref.key, label: ref.label, url: ref.url, path: issuePath(ref.key, repo), mentions: [] };
      issues.set(ref.key, entry);
    }
    let mention = entry.mentions.find((m) => m.page.url === page.url);
    if (!mention) {
      const { markdown: _markdown, issues: _issues, ...info } = page;
      mention = { page: info, sentences: [], listed: false };
      entry.mentions.push(mention);
    }
    return mention;
  };
  for (const page of pages) {
    for (const ref of page.issues ?? []) {
      const parsed = parseIssueRef(ref, repo);
      if (parsed?.key && parsed.url) mentionOf(page, { key: parsed.key, label: parsed.label, url: parsed.url }).listed = true;
    }
    for (const ref of collectReferences(page.markdown, repo)) {
      const mention = mentionOf(page, ref);
      if (ref.sentence && !mention.sentences.includes(ref.sentence)) mention.sentences.push(ref.sentence);
    }
  }
  return [...issues.values()]
    .map((entry) => {
      const mentions = [...entry.mentions].sort((a, b) => byNewest(a.page, b.page));
      return { ...entry, mentions, latest: mentions.find((m) => m.page.date)?.page.date };
    })
    .sort((a, b) => (b.latest ?? '').localeCompare(a.latest ?? '') || a.key.localeCompare(b.key, 'en', { numeric: true }));
}

/** What /issues/ shows of an issue's citing pages: the newest few, and how many more there are. */
export interface CitingPages {
  shown: IssueMention['page'][];
  more: number;
}

/**
 * The first `max` pages citing an issue (newest first, as the index sorts them) and the count of
 * the rest, so a row of /issues/ says what each issue is about without growing with the wiki.
 */
export function citingPages(entry: Pick<IssueEntry, 'mentions'>, max = 3): CitingPages {
  const shown = entry.mentions.slice(0, Math.max(0, max)).map((m) => m.page);
  return { shown, more: entry.mentions.length - shown.length };
}

/**
 * What search indexes of an issue's page, and so its excerpt in the results: the issue and the
 * titles of the pages citing it, newest first. `#42 is cited by 2 pages: Pin CUDA; Handbook.` The
 * page's breadcrumbs, GitHub link and the quoted sentences (each found on its own note) stay out.
 */
export function issueSearchText(entry: Pick<IssueEntry, 'label' | 'mentions'>): string {
  const count = entry.mentions.length;
  const titles = entry.mentions.map((mention) => plainTitle(mention.page.title));
  return `${entry.label} is cited by ${count} ${count === 1 ? 'page' : 'pages'}: ${titles.join('; ')}.`;
}
