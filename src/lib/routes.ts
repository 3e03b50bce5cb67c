import { slug as githubSlug } from 'github-slugger';

/** A TIL file name: `YYYY-MM-DD-some-slug.md` or `.mdx`. */
const TIL_FILE = /^(\d{4}-\d{2}-\d{2})-(.+)\.mdx?$/i;

/** The parts of a TIL file name, or undefined when it does not follow `YYYY-MM-DD-slug.md`. */
export function parseTilFileName(name: string): { date: string; slug: string } | undefined {
  const match = TIL_FILE.exec(name);
  if (!match?.[1] || !match[2]) return undefined;
  const rest = slugSegment(match[2]);
  if (!rest) return undefined;
  return { date: match[1], slug: `${match[1]}-${rest}` };
}

/** One URL segment: GitHub's slug rules (lowercase, spaces to dashes, Unicode letters kept). */
export function slugSegment(segment: string): string {
  return githubSlug(segment.trim());
}

/** A folder's own page: `index.md`, or `README.md` as GitHub shows it for the folder. */
export const FOLDER_PAGE = /^(?:index|readme)$/i;

/**
 * The slug of a docs page from its path inside `docs/`: `guides/Writing TILs.md` gives
 * `guides/writing-tils`, `guides/index.md` and `guides/README.md` give `guides`, the root
 * `index.md` gives ``.
 */
export function docSlug(relativePath: string): string {
  const parts = relativePath.replace(/\.mdx?$/i, '').split('/');
  if (FOLDER_PAGE.test(parts.at(-1) ?? '')) parts.pop();
  return parts.map(slugSegment).join('/');
}

/** Site-relative URL (without base) of each page kind. Always ends with `/`. */
export const urls = {
  til: (slug: string) => `/til/${slug}/`,
  doc: (slug: string) => (slug ? `/docs/${slug}/` : '/docs/'),
  week: (id: string) => `/til/weekly/${id}/`,
  /** One year of TILs, when /til/ is split by year (src/lib/til-archive.ts). */
  tilYear: (year: string) => `/til/year/${year}/`,
  tag: (slug: string) => `/tags/${encodeURIComponent(slug)}/`,
  category: (slug: string) => `/categories/${encodeURIComponent(slug)}/`,
};

/** Prefix a site-relative URL with the configured base path (`/` or `/wiki/`). */
export function withBase(base: string, url: string): string {
  const trimmed = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${trimmed}${url.startsWith('/') ? url : `/${url}`}`;
}
