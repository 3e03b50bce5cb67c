/**
 * Where Mermaid's browser bundle is published when the build leaves diagrams for the reader's
 * browser (src/integrations/vendor-assets.ts), and how a page shows that it needs it.
 * Browser-safe: MermaidClientScript.astro imports it, so it imports nothing of the build's
 * (markup.ts imports it instead).
 */

/** Class of the fallback `<pre>` markup.ts writes: MermaidClient.astro draws these in the browser. */
export const CLIENT_DIAGRAM_CLASS = 'mermaid';

/** Path of the bundle under the site's base. */
export const MERMAID_CLIENT_FILE = '_labbook/mermaid.min.js';

/** The start of a diagram the reader's browser draws, as src/lib/mermaid/markup.ts writes it. */
export const CLIENT_DIAGRAM_MARKUP = `<pre class="${CLIENT_DIAGRAM_CLASS}">`;

/** The bundle's URL for a site served under `base` (`/` or `/wiki/`). */
export function mermaidClientUrl(base: string): string {
  return `${base.endsWith('/') ? base : `${base}/`}${MERMAID_CLIENT_FILE}`;
}
