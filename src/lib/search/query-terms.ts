/**
 * The words Labbook gives Pagefind for what was typed. Notes cite an issue of the wiki's own
 * repository as `#42`, which Pagefind indexes as `42`; a query `owner/repo#42` names the same
 * issue but is one unknown word to Pagefind, so it becomes `#42` when owner/repo is the wiki's
 * repository (`labbook.yaml` `repo`). References to other repositories are written in full in
 * notes and searched as typed.
 */

const REF = /^([\w.-]{1,100})\/([\w.-]{1,100})#([1-9]\d{0,8})$/;

/** `acme/ml#42 cuda` with repo `acme/ml` -> `#42 cuda`; anything else unchanged (trimmed). */
export function pagefindTerms(query: string, repo?: string): string {
  const own = repo?.toLowerCase();
  return query
    .trim()
    .split(/\s+/)
    .map((word) => {
      const match = REF.exec(word);
      return match && own && `${match[1]}/${match[2]}`.toLowerCase() === own ? `#${match[3]}` : word;
    })
    .join(' ');
}
