/** One language as Shiki lists it (`bundledLanguagesInfo`): id, display name, aliases. */
export interface LanguageInfo {
  id: string;
  name: string;
  aliases?: string[];
}

/** How a fence's language is highlighted. */
export type ResolvedLanguage =
  /** A language Shiki knows: `lang` goes to Shiki (an id or alias, lower case), `label` is shown on the block. */
  | { kind: 'known'; lang: string; label: string }
  /** No language, or plain text on purpose (`text`, `txt`...): no colours, no label. */
  | { kind: 'plain' }
  /** A name Shiki does not know: shown as plain text, labelled as written, and reported once per build. */
  | { kind: 'unknown'; name: string };

// Shiki's own plain-text names (`isPlainLang`): written on purpose, so never reported.
const PLAIN = new Set(['', 'text', 'txt', 'plain', 'plaintext']);
// `mermaid-example` (Mermaid's docs): the code of a diagram shown beside the diagram itself. The code
// half is highlighted as Mermaid; drawing the diagram is the Mermaid plugin's job.
// `ipython`/`ipython3` (Jupyter's Pygments lexers, common in notebooks' Markdown cells): Python.
const EXTRA_ALIASES: Record<string, string> = { 'mermaid-example': 'mermaid', ipython: 'python', ipython3: 'python' };

/**
 * Matches a fence's language the way people write it: case-insensitively (`JavaScript`,
 * `Dockerfile`) and through Shiki's aliases (`py`, `sh`, `yml`). Takes the language list as an
 * argument so the rule is testable without Shiki.
 */
export function createLanguageResolver(languages: readonly LanguageInfo[]): (name: string | undefined) => ResolvedLanguage {
  const byName = new Map<string, LanguageInfo>();
  for (const info of languages) {
    for (const name of [info.id, ...(info.aliases ?? [])]) byName.set(name.toLowerCase(), info);
  }
  return (name) => {
    const written = (name ?? '').trim();
    const lower = written.toLowerCase();
    if (PLAIN.has(lower)) return { kind: 'plain' };
    // Shiki's ANSI terminal output: not in the bundled list, but Shiki colours it.
    if (lower === 'ansi') return { kind: 'known', lang: 'ansi', label: 'Terminal' };
    const lang = EXTRA_ALIASES[lower] ?? lower;
    const info = byName.get(lang);
    return info ? { kind: 'known', lang, label: info.name } : { kind: 'unknown', name: written };
  };
}
