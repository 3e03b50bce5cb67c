/**
 * What the author reads when Mermaid rejects a diagram (after "mermaid diagram "): Mermaid's own
 * message, with its line numbers counted in the diagram as written (error-lines.ts), and a plain
 * explanation where Mermaid's words would mislead.
 */
import { withSourceLines } from './error-lines.ts';

// What Chromium says when an image shape (`A@{ img: "https://..." }`) cannot load: the renderer
// page is offline (render-context.ts), and Mermaid needs the image's size to lay the diagram out.
const IMAGE_NOT_LOADED = /^The source image cannot be decoded\.?$/;
const IMAGE_URL = /\bimg:\s*["']?([^"',}\s]+)/;

/** The message for a diagram Mermaid rejected with `reason`; `rendered` is the text it was given. */
export function rejectionMessage(reason: string, rendered: string, source: string): string {
  if (IMAGE_NOT_LOADED.test(reason.trim())) {
    const url = IMAGE_URL.exec(source)?.[1];
    return (
      `cannot be drawn: it shows an image${url ? ` (${url})` : ''}, and diagrams are drawn at build time without network access, ` +
      'so Mermaid cannot load it to lay the diagram out. Remove the image from the diagram, or show it next to the diagram in Markdown.'
    );
  }
  return `does not parse: ${withSourceLines(reason, rendered, source)}`;
}
