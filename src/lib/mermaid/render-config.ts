/**
 * The Mermaid settings every diagram is rendered with, at build time and (without a browser) in the
 * reader's browser. Browser-safe: no Node imports, MermaidClient.astro bundles it.
 */
import type { MermaidConfig } from 'mermaid';

/** The site themes a diagram is rendered for, one SVG each. */
export type DiagramTheme = 'light' | 'dark';

export const DIAGRAM_THEMES: readonly DiagramTheme[] = ['light', 'dark'];

/**
 * Arial and its metric twins: text is measured at build time, so the reader's font must have the
 * same widths or labels overflow their boxes. Liberation Sans is Debian's Arial.
 */
export const DIAGRAM_FONT = "arial, 'Liberation Sans', helvetica, sans-serif";

/** Page backgrounds of src/styles/global.css, so label backgrounds match the page. */
const BACKGROUND: Record<DiagramTheme, string> = { light: '#ffffff', dark: '#0f1216' };

/**
 * Section colours for the dark theme. Mermaid derives them from the page background, which gives
 * near-black pie slices and mind-map nodes; these keep white labels at 4.5:1 or more (WCAG AA) and
 * stand apart from the page.
 */
const DARK_PALETTE = ['#1f5fbf', '#6e40c9', '#9e3670', '#1a7f37', '#9a5b00', '#0f7285', '#b3392f', '#4c5fd5', '#7d5a2e', '#5a6b1a', '#57606a', '#8e3fa6'];

/** Theme variables of the dark theme beyond the background: pie slices and the section scale. */
function darkVariables(): Record<string, string> {
  const variables: Record<string, string> = { pieStrokeColor: BACKGROUND.dark, pieOuterStrokeColor: '#6e7681', pieSectionTextColor: '#ffffff', pieTitleTextColor: '#e6edf3', pieLegendTextColor: '#e6edf3' };
  DARK_PALETTE.forEach((colour, index) => {
    variables[`pie${index + 1}`] = colour;
    variables[`cScale${index}`] = colour;
    variables[`cScaleLabel${index}`] = '#ffffff';
  });
  return variables;
}

/** Mermaid's own theme for each site theme. */
const MERMAID_THEME: Record<DiagramTheme, 'default' | 'dark'> = { light: 'default', dark: 'dark' };

/**
 * Keys a diagram's `%%{init}%%` or front matter may not set (config-guard.ts rejects them and says
 * why); Mermaid is also told to ignore all but `htmlLabels` (see SECURE), should one slip past.
 */
export const LOCKED_KEYS = ['securityLevel', 'themeCSS', 'fontFamily', 'altFontFamily', 'htmlLabels'] as const;

/**
 * Mermaid's default secure keys plus ours: directives and front matter cannot change them. Not
 * `htmlLabels`: {@link labelSafeSource} turns it on for mind maps (the guard still rejects it).
 */
const SECURE = ['secure', 'securityLevel', 'startOnLoad', 'maxTextSize', 'suppressErrorRendering', 'maxEdges', ...LOCKED_KEYS.filter((key) => key !== 'htmlLabels')];

/** Width of the text column: Gantt charts are as wide as their container, which the renderer page does not have. */
const GANTT_WIDTH = 720;

/** The configuration for `mermaid.initialize`, light theme; dark diagrams add {@link themeDirective}. */
export function mermaidConfig(theme: DiagramTheme = 'light'): MermaidConfig {
  return {
    startOnLoad: false,
    theme: MERMAID_THEME[theme],
    darkMode: theme === 'dark',
    themeVariables: { background: BACKGROUND[theme], fontFamily: DIAGRAM_FONT, ...(theme === 'dark' ? darkVariables() : {}) },
    // Labels must stay text: no HTML, no links that run script.
    securityLevel: 'strict',
    // SVG text, not HTML in <foreignObject>: label markup is shown as text, never parsed.
    htmlLabels: false,
    flowchart: { htmlLabels: false },
    fontFamily: DIAGRAM_FONT,
    gantt: { useWidth: GANTT_WIDTH },
    deterministicIds: true,
    // Class and state diagrams draw their shapes with rough.js even in the classic look; seed 0
    // means a random seed, so the same diagram came out with other path data on every render (and
    // its two themes could not share one SVG, see theme-merge.ts).
    handDrawnSeed: 1,
    secure: SECURE,
  };
}

/**
 * A directive that switches one diagram to `theme`, so both themes of a diagram render in one
 * batch. Placed after the diagram's front matter, which Mermaid only accepts at the very top.
 */
export function themeDirective(theme: DiagramTheme): string {
  const init = { theme: MERMAID_THEME[theme], darkMode: theme === 'dark', themeVariables: { background: BACKGROUND[theme], ...(theme === 'dark' ? darkVariables() : {}) } };
  return `%%{init: ${JSON.stringify(init)}}%%`;
}

const FRONT_MATTER = /^---[ \t]*\n[\s\S]*?\n---[ \t]*(?:\n|$)/;
// The first line that is not blank, a comment or a directive names the diagram type.
const MINDMAP = /^(?:\s*(?:%%[^\n]*)?\n)*\s*mindmap\b/;

/** `directive` inserted after `source`'s front matter, which Mermaid only accepts at the very top. */
function withDirective(source: string, directive: string): string {
  const frontMatter = FRONT_MATTER.exec(source)?.[0] ?? '';
  return `${frontMatter}${frontMatter && !frontMatter.endsWith('\n') ? '\n' : ''}${directive}\n${source.slice(frontMatter.length)}`;
}

/**
 * `source` as Labbook renders it. Mind maps lay out their SVG-text labels badly (Mermaid 11), so
 * they get HTML labels, with `<` and `>` written as Mermaid entities so a label's text stays text.
 */
export function labelSafeSource(source: string): string {
  const body = source.slice(FRONT_MATTER.exec(source)?.[0].length ?? 0);
  if (!MINDMAP.test(body)) return source;
  const escaped = source.slice(0, source.length - body.length) + body.replaceAll('<', '#lt;').replaceAll('>', '#gt;');
  return withDirective(escaped, '%%{init: {"htmlLabels": true}}%%');
}

/** `source` rendered in `theme`: the light theme is the base configuration, others add a directive. */
export function sourceForTheme(source: string, theme: DiagramTheme): string {
  const safe = labelSafeSource(source);
  return theme === 'light' ? safe : withDirective(safe, themeDirective(theme));
}
