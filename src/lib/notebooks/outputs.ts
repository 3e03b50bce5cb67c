import { createHash } from 'node:crypto';
import { imageProblem, SIGNATURE_BYTES } from '../image-signature.ts';
import { activeSvgContent } from '../safety/svg.ts';
import { sanitizeHtml } from '../sanitize-html.ts';
import { ansiToHtml, escapeHtml } from './ansi.ts';
import { joinSource, type NotebookOutput } from './parse.ts';

/**
 * A code cell's outputs as HTML. Nothing is executed and nothing from an output becomes active
 * markup: text is escaped (ANSI colours become classed spans), `text/html` (pandas tables) is
 * sanitized with GitHub's rules like HTML in .md notes, images become files next to the page with
 * content-hashed names (never base64 in the HTML, never in the search index), and an SVG with
 * anything that could run is refused by the same rule as SVG images in notes.
 */

/** An image an output holds, to be written next to the page as `name`. */
export interface OutputImage {
  name: string;
  /** The image as base64, as the notebook stores it (decoded when written). */
  base64: string;
}

/**
 * What the sanitizer takes out of nearly every pandas table and styled output: presentation only
 * (`<style scoped>`, `class`, `style`, `border`). Removing it is expected, so it is not reported;
 * anything else removed (scripts, event handlers, frames, `javascript:` links) is.
 */
const PRESENTATION = /^(?:<style>|(?:style|class|scoped|border|width|height|align|valign|bgcolor|cellpadding|cellspacing|frame|rules|halign) on <[a-z0-9]+>)$/;

/** What rendering one cell's outputs gave. */
export interface RenderedOutputs {
  html: string;
  images: OutputImage[];
  /** What was removed (other than presentation) or refused, worded for the author (the caller adds notebook and cell). */
  removed: string[];
}

/** Which representation of a rich output is shown, best first (as Jupyter picks, without JavaScript). */
const MIME_ORDER = ['text/html', 'image/svg+xml', 'image/png', 'image/jpeg', 'text/plain'] as const;
const IMAGE_EXTENSION: Record<string, string> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/svg+xml': 'svg' };

/** The file name of an output image: its content's hash, so an unchanged image keeps its address. */
export function outputImageName(bytes: Uint8Array, extension: string): string {
  return `output-${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}.${extension}`;
}

const pre = (className: string, html: string) => `<div class="nb-output ${className}"><pre>${html}</pre></div>`;

/** Base64 from a notebook (nbformat allows line breaks in it), as clean base64. */
const cleanBase64 = (value: string) => value.replace(/\s+/g, '');

/** One image output: a file and an <img>, or why it is not shown. */
function imageOutput(mime: string, value: unknown, alt: string): { html: string; image?: OutputImage; removed?: string } {
  const extension = IMAGE_EXTENSION[mime] as string;
  let bytes: Buffer;
  if (mime === 'image/svg+xml') {
    const svg = joinSource(value);
    const active = activeSvgContent(svg);
    if (active) return { html: '', removed: `an SVG output with ${active}` };
    bytes = Buffer.from(svg, 'utf8');
  } else {
    if (typeof value !== 'string' && !Array.isArray(value)) return { html: '', removed: `a ${mime} output that is not base64 text` };
    bytes = Buffer.from(cleanBase64(joinSource(value)), 'base64');
    const problem = imageProblem(`x.${extension}`, bytes.subarray(0, SIGNATURE_BYTES));
    if (bytes.length === 0 || problem) return { html: '', removed: `a ${mime} output whose bytes are not a ${extension.toUpperCase()} image` };
  }
  const name = outputImageName(bytes, extension);
  return {
    html: `<div class="nb-output nb-image"><img src="${name}" alt="${escapeHtml(alt)}" loading="lazy" decoding="async"></div>`,
    image: { name, base64: bytes.toString('base64') },
  };
}

/** A rich output (display_data, execute_result): its best representation. */
function richOutput(data: Record<string, unknown>, alt: string): { html: string; image?: OutputImage; removed: string[] } {
  const removed: string[] = [];
  for (const mime of MIME_ORDER) {
    if (!(mime in data)) continue;
    const value = data[mime];
    if (mime === 'text/html') {
      const sanitized = sanitizeHtml(joinSource(value));
      removed.push(...sanitized.removed.filter((what) => !PRESENTATION.test(what)));
      if (sanitized.html.trim()) return { html: `<div class="nb-output nb-html">${sanitized.html}</div>`, removed };
      continue;
    }
    if (mime === 'text/plain') return { html: pre('nb-result', ansiToHtml(joinSource(value))), removed };
    const shown = imageOutput(mime, value, alt);
    if (shown.removed) removed.push(shown.removed);
    if (shown.image) return { html: shown.html, image: shown.image, removed };
  }
  return { html: '', removed };
}

/** The outputs of one code cell. `alt` describes its images (`Output of cell 4`). */
export function renderOutputs(outputs: readonly NotebookOutput[], alt: string): RenderedOutputs {
  const parts: string[] = [];
  const images: OutputImage[] = [];
  const removed: string[] = [];
  for (const output of outputs) {
    switch (output.output_type) {
      case 'stream': {
        const stderr = output.name === 'stderr';
        parts.push(pre(stderr ? 'nb-stream nb-stderr' : 'nb-stream', ansiToHtml(joinSource(output.text))));
        break;
      }
      case 'error': {
        const traceback = Array.isArray(output.traceback) && output.traceback.length ? output.traceback.join('\n') : `${output.ename ?? 'Error'}: ${output.evalue ?? ''}`;
        parts.push(pre('nb-error', ansiToHtml(traceback)));
        break;
      }
      case 'display_data':
      case 'execute_result': {
        const data = output.data && typeof output.data === 'object' ? output.data : {};
        const shown = richOutput(data, alt);
        removed.push(...shown.removed);
        if (shown.image) images.push(shown.image);
        parts.push(shown.html);
        break;
      }
      default:
        break; // Unknown output types (widgets' state, future ones) show nothing.
    }
  }
  return { html: parts.join(''), images, removed: [...new Set(removed)] };
}
