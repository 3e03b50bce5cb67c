/** Code blocks in languages the highlighter does not know, gathered over one build. */
export interface UnknownLanguages {
  /** Count one block in `name`, found in `file` (relative to the content folder) if known. */
  add(name: string, file?: string): void;
  /** The one warning for the build, or `undefined` when every language was known. Does not reset. */
  summary(): string | undefined;
}

// A few files per language are enough to find the fences; the count says how many there are.
const FILES_SHOWN = 3;

/**
 * One shared tally, made once per build in astro.config.mjs and handed to both the highlighter
 * (which adds to it) and the integration that prints it: one warning listing each unknown language
 * once with its count, instead of one line per block.
 */
export function createUnknownLanguages(): UnknownLanguages {
  const seen = new Map<string, { count: number; files: Set<string> }>();
  return {
    add(name, file) {
      const entry = seen.get(name) ?? { count: 0, files: new Set<string>() };
      entry.count++;
      if (file) entry.files.add(file);
      seen.set(name, entry);
    },
    summary() {
      if (seen.size === 0) return undefined;
      const total = [...seen.values()].reduce((sum, { count }) => sum + count, 0);
      const lines = [...seen]
        .sort(([a, x], [b, y]) => y.count - x.count || a.localeCompare(b))
        .map(([name, { count, files }]) => {
          const list = [...files].sort();
          const shown = list.slice(0, FILES_SHOWN).join(', ') + (list.length > FILES_SHOWN ? `, ${list.length - FILES_SHOWN} more` : '');
          return `  ${name}: ${count} block${count === 1 ? '' : 's'}${shown ? ` (${shown})` : ''}`;
        });
      return [
        `${total} code block${total === 1 ? ' is' : 's are'} in a language the highlighter does not know, shown as plain text:`,
        ...lines,
        'Use a language name or alias from https://shiki.style/languages, or `text` for plain text.',
      ].join('\n');
    },
  };
}
