/**
 * KaTeX's stylesheet and fonts, published by the site itself (the CSP allows no CDN) by
 * src/integrations/vendor-assets.ts, and linked only by pages with math. Browser-safe.
 */

/** Folder under the site's base; the version in the name lets browsers cache it for good. */
export const KATEX_DIR = '_labbook/katex-0.16.47';
/** The stylesheet in {@link KATEX_DIR}. */
export const KATEX_CSS = `${KATEX_DIR}/katex.css`;

/** The stylesheet's URL for a site served under `base` (`/` or `/wiki/`). */
export function katexCssUrl(base: string): string {
  return `${base.endsWith('/') ? base : `${base}/`}${KATEX_CSS}`;
}

/**
 * KaTeX's CSS with only the woff2 fonts (every browser that runs the site reads woff2), so the
 * site publishes 20 font files instead of 60. `url(fonts/x.woff2) format("woff2"),url(…woff)…`
 * keeps its first source.
 */
export function woff2Only(css: string): string {
  return css.replace(/(url\([^)]*\.woff2\)\s*format\(["']woff2["']\))(?:\s*,\s*url\([^)]*\)\s*format\(["'][^"']+["']\))+/g, '$1');
}
