import { getDocs, slugOfDoc } from './collections.ts';
import { buildIssueIndex, type IssueEntry } from '../lib/issue-index.ts';
import { urls } from '../lib/routes.ts';
import { site } from './site.ts';
import { getWiki } from './wiki.ts';

let cached: Promise<IssueEntry[]> | undefined;

/** The wiki's issue index, built once per build from every TIL and docs page. */
export function getIssueIndex(): Promise<IssueEntry[]> {
  // In `astro dev` content changes between requests, so only a build keeps the first answer.
  if (cached && !import.meta.env.DEV) return cached;
  cached = (async () => {
    const [wiki, docs] = await Promise.all([getWiki(), getDocs()]);
    return buildIssueIndex(
      [
        ...wiki.tils.map((til) => ({ title: til.title, url: urls.til(til.slug), date: til.date, kind: 'TIL' as const, markdown: til.entry.body ?? '', issues: til.issues })),
        ...docs.map((doc) => ({ title: doc.data.title, url: urls.doc(slugOfDoc(doc)), kind: 'Doc' as const, markdown: doc.body ?? '' })),
      ],
      site.repo,
    );
  })();
  return cached;
}
