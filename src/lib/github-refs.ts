/**
 * Pure rules for GitHub references in plain text: `#42`, `GH-42`, `owner/repo#7`, commit SHAs,
 * `owner/repo@sha`, `@user` and full issue / pull request / commit URLs. The Markdown plugin
 * (src/markdown/issue-links.ts) and the reference index only walk trees and call these.
 */

/** One reference found in a string, with the link it becomes. */
export interface GithubRef {
  /** Offset of the first character of the match in the searched string. */
  start: number;
  /** Offset just past the match. */
  end: number;
  /** The matched text, as written. */
  text: string;
  kind: 'issue' | 'commit' | 'user';
  url: string;
  /** Short link text: `#42`, `owner/repo#7`, `abc1234`, `owner/repo@abc1234`, `@user`. */
  label: string;
  /** Issues only: canonical lower-case `owner/repo#N`, to group references across the wiki. */
  key?: string;
}

/** An issue reference from front matter, resolved like one found in text. */
export interface IssueRef {
  /** Undefined for a bare number when the wiki has no `repo`. */
  url: string | undefined;
  label: string;
  /** Canonical lower-case `owner/repo#N`; undefined when the repository is unknown. */
  key: string | undefined;
}

/** Builders for the GitHub URLs references point to. */
export const GITHUB_URL = {
  issue: (repo: string, number: number | string) => `https://github.com/${repo}/issues/${number}`,
  commit: (repo: string, sha: string) => `https://github.com/${repo}/commit/${sha}`,
  user: (login: string) => `https://github.com/${login}`,
};

// GitHub login: 1-39 alphanumerics or single inner hyphens.
const LOGIN = '[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){0,38}';
const REPO = '[\\w.-]{1,100}';
// Issue numbers: no leading zero (GitHub never links `#0`), at most 9 digits.
const NUMBER = '[1-9]\\d{0,8}';
const SHA = '[0-9a-f]{7,40}';
// Inside a character class: what counts as a word character around a reference.
const WORD = '\\p{L}\\p{N}\\p{M}_';
const URL_PATH =
  `github\\.com\\/(?<uo>${LOGIN})\\/(?<ur>${REPO})\\/(?:(?:issues|pull)\\/(?<un>${NUMBER})|commit\\/(?<us>${SHA}))` +
  `(?:\\/(?:files|commits)(?:\\/${SHA})?)?\\/?`;
const URL_START = `(?<![${WORD}/])(?:https?:\\/\\/(?:www\\.)?|www\\.)`;

// One pass, alternatives tried in this order at each position. Case rules the `i` flag cannot
// express (lower-case SHAs, upper-case `GH-`) are checked in code. "Word" is Unicode-aware, so
// `café#42` or `日本語#42` is glued text, while `日本語 #42。` links.
const REFERENCE = new RegExp(
  [
    `${URL_START}${URL_PATH}(?:#[\\w-]*)?(?![${WORD}/-])`,
    `(?<![${WORD}./@#-])(?<ro>${LOGIN})\\/(?<rr>${REPO})(?:#(?<rn>${NUMBER})(?![${WORD}])|@(?<rs>${SHA})(?![${WORD}-]|\\.[${WORD}]))`,
    `(?<![${WORD}&/#])#(?<hn>${NUMBER})(?![${WORD}])`,
    `(?<![${WORD}-])(?<gh>GH)-(?<gn>${NUMBER})(?![${WORD}])`,
    `(?<![${WORD}@/.+-])@(?<login>${LOGIN})(?![${WORD}/-]|\\.[${WORD}])`,
    // A SHA is a whole word: not part of a path, file name, UUID or hyphenated tag.
    `(?<![${WORD}./@#:-])(?<sha>${SHA})(?![${WORD}/-]|\\.[${WORD}])`,
  ].join('|'),
  'giu',
);
const GITHUB_URL_ONLY = new RegExp(`^${URL_START}${URL_PATH}(?:\\?[^#\\s]*)?(?:#\\S*)?$`, 'iu');

const sameRepo = (a: string, b: string | undefined) => b !== undefined && a.toLowerCase() === b.toLowerCase();

function issue(owner: string, name: string, number: string, repo: string | undefined, url?: string) {
  const full = `${owner}/${name}`;
  return {
    kind: 'issue' as const,
    url: url ?? GITHUB_URL.issue(full, number),
    label: sameRepo(full, repo) ? `#${number}` : `${full}#${number}`,
    key: `${full}#${number}`.toLowerCase(),
  };
}

function commit(owner: string, name: string, sha: string, repo: string | undefined, url?: string) {
  const full = `${owner}/${name}`;
  const short = sha.slice(0, 7).toLowerCase();
  return { kind: 'commit' as const, url: url ?? GITHUB_URL.commit(full, sha), label: sameRepo(full, repo) ? short : `${full}@${short}` };
}

/** A bare word is a SHA only if it mixes digits and lower-case a-f: not `defaced`, not `1234567`. */
export function looksLikeSha(word: string): boolean {
  return /^[0-9a-f]{7,40}$/.test(word) && /\d/.test(word) && /[a-f]/.test(word);
}

/** `owner/name` as its two parts; none when `repo` is unset or not of that shape. */
function splitRepo(repo: string | undefined): [string, string] | [] {
  const parts = repo?.split('/') ?? [];
  return parts.length === 2 && parts[0] && parts[1] ? [parts[0], parts[1]] : [];
}

// `www.github.com/…` as written is no absolute URL; the link needs one.
const withScheme = (url: string) => (/^https?:\/\//i.test(url) ? url : `https://${url}`);

/** What a reference links to, without where it was found. */
export type GithubLink = Omit<GithubRef, 'start' | 'end' | 'text'>;

function resolve(g: Record<string, string | undefined>, text: string, repo: string | undefined): GithubLink | undefined {
  const [owner, name] = splitRepo(repo);
  if (g.uo && g.ur) {
    const url = withScheme(text);
    if (g.un) return issue(g.uo, g.ur, g.un, repo, url);
    if (g.us) return commit(g.uo, g.ur, g.us, repo, url);
  }
  if (g.ro && g.rr && g.rn) return issue(g.ro, g.rr, g.rn, repo);
  if (g.ro && g.rr && g.rs) return /^[0-9a-f]+$/.test(g.rs) ? commit(g.ro, g.rr, g.rs, repo) : undefined;
  if (g.login) return { kind: 'user', url: GITHUB_URL.user(g.login), label: `@${g.login}` };
  if (!owner || !name) return undefined;
  if (g.hn) return issue(owner, name, g.hn, repo);
  if (g.gn && g.gh === 'GH') return issue(owner, name, g.gn, repo);
  if (g.sha && looksLikeSha(g.sha)) return commit(owner, name, g.sha, repo);
  return undefined;
}

/**
 * Every GitHub reference in `text`, in order, never overlapping. `repo` (`owner/name`) resolves
 * `#42`, `GH-42` and bare SHAs; without it those stay text while fully qualified references and
 * `@user` still match.
 */
export function findGithubRefs(text: string, repo: string | undefined): GithubRef[] {
  const refs: GithubRef[] = [];
  const pattern = new RegExp(REFERENCE); // own lastIndex: callers may interleave
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const resolved = resolve(m.groups ?? {}, m[0], repo);
    if (resolved) refs.push({ start: m.index, end: m.index + m[0].length, text: m[0], ...resolved });
    // A rejected match (`deadbee`, `gh-42`) may hide nothing but what starts after its first char.
    else pattern.lastIndex = m.index + 1;
  }
  return refs;
}

/** The reference a whole URL stands for, when it is a GitHub issue, pull request or commit URL. */
export function parseGithubUrl(url: string, repo: string | undefined): GithubLink | undefined {
  const g = GITHUB_URL_ONLY.exec(url.trim())?.groups;
  if (!g?.uo || !g.ur) return undefined;
  if (g.un) return issue(g.uo, g.ur, g.un, repo, withScheme(url.trim()));
  if (g.us) return commit(g.uo, g.ur, g.us, repo, withScheme(url.trim()));
  return undefined;
}

/**
 * A front matter issue value (`42`, `"#42"`, `"GH-42"`, `"owner/repo#7"`, an issue URL) as a link.
 * Undefined when the value is no issue reference at all.
 */
export function parseIssueRef(ref: number | string, repo?: string): IssueRef | undefined {
  const text = String(ref).trim();
  const bare = /^(?:#|GH-)?([1-9]\d{0,8})$/.exec(text)?.[1];
  if (bare) {
    const [owner, name] = splitRepo(repo);
    if (!owner || !name) return { url: undefined, label: `#${bare}`, key: undefined };
    const { url, label, key } = issue(owner, name, bare, repo);
    return { url, label, key };
  }
  const found = parseGithubUrl(text, repo) ?? findGithubRefs(text, repo).find((r) => r.text === text);
  return found?.kind === 'issue' ? { url: found.url, label: found.label, key: found.key } : undefined;
}

/** Whether a link shows its own URL, as GFM autolink literals and `<…>` autolinks do (`www.` ones without the scheme). */
export function isAutolinkText(text: string, url: string): boolean {
  return text === url || `http://${text}` === url;
}

/**
 * Whether a text node sits between raw inline HTML tags that must not get links inside:
 * `<a …>`/`</a>` (links never nest) and `<code>`/`<pre>`/`<kbd>`. `previousHtml` are the values of
 * the `html` siblings before it, in order.
 */
export function insideRawLinkOrCode(previousHtml: readonly string[]): boolean {
  let depth = 0;
  for (const html of previousHtml) {
    for (const tag of html.matchAll(/<(\/?)(a|code|pre|kbd)(?=[\s>/])/gi)) depth += tag[1] ? -1 : 1;
    depth = Math.max(depth, 0);
  }
  return depth > 0;
}
