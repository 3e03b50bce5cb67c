/**
 * ANSI colour codes (SGR escapes, `ESC[31m`) in notebook output as HTML spans with classes
 * (`ansi-red`, `ansi-bright-green`, `ansi-bg-yellow`, `ansi-bold`), which the stylesheet colours for
 * the light and the dark theme. Tracebacks from IPython are written this way. Every other escape
 * sequence (cursor moves, 256-colour and RGB colours) is dropped: the text stays, never the escape.
 * Text is HTML-escaped; nothing from the output becomes markup.
 */

const COLOURS = ['black', 'red', 'green', 'yellow', 'blue', 'magenta', 'cyan', 'white'] as const;

/** ESC [ parameters final-byte: any CSI sequence (only `m` is read), or a lone ESC with one character. */
// eslint-disable-next-line no-control-regex
const ESCAPE = /\u001b\[([0-9;?]*)([@-~])|\u001b[^[]?/g;

interface Style {
  fg?: string;
  bg?: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Apply one SGR parameter list (`1;31`) to a style. 38/48 (extended colours) skip their arguments. */
function applySgr(style: Style, parameters: string): Style {
  const codes = parameters === '' ? [0] : parameters.split(';').map((part) => Number(part || 0));
  let next: Style = { ...style };
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i] as number;
    if (code === 0) next = {};
    else if (code === 1) next.bold = true;
    else if (code === 3) next.italic = true;
    else if (code === 4) next.underline = true;
    else if (code === 22) next.bold = false;
    else if (code === 23) next.italic = false;
    else if (code === 24) next.underline = false;
    else if (code >= 30 && code <= 37) next.fg = COLOURS[code - 30];
    else if (code === 39) next.fg = undefined;
    else if (code >= 40 && code <= 47) next.bg = COLOURS[code - 40];
    else if (code === 49) next.bg = undefined;
    else if (code >= 90 && code <= 97) next.fg = `bright-${COLOURS[code - 90]}`;
    else if (code >= 100 && code <= 107) next.bg = `bright-${COLOURS[code - 100]}`;
    else if (code === 38 || code === 48) i += codes[i + 1] === 5 ? 2 : codes[i + 1] === 2 ? 4 : 1;
  }
  return next;
}

function classesOf(style: Style): string[] {
  const classes: string[] = [];
  if (style.fg) classes.push(`ansi-${style.fg}`);
  if (style.bg) classes.push(`ansi-bg-${style.bg}`);
  if (style.bold) classes.push('ansi-bold');
  if (style.italic) classes.push('ansi-italic');
  if (style.underline) classes.push('ansi-underline');
  return classes;
}

/** Terminal text with ANSI escapes as escaped HTML with classed spans. */
export function ansiToHtml(text: string): string {
  let html = '';
  let style: Style = {};
  let last = 0;
  const emit = (chunk: string) => {
    if (!chunk) return;
    const classes = classesOf(style);
    html += classes.length ? `<span class="${classes.join(' ')}">${escapeHtml(chunk)}</span>` : escapeHtml(chunk);
  };
  for (const match of text.matchAll(ESCAPE)) {
    emit(text.slice(last, match.index));
    last = match.index + match[0].length;
    if (match[2] === 'm') style = applySgr(style, match[1] ?? '');
  }
  emit(text.slice(last));
  return html;
}

/** Terminal text without its escapes (for titles, messages and search). */
export function stripAnsi(text: string): string {
  return text.replace(ESCAPE, '');
}
