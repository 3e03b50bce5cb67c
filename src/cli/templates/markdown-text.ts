/**
 * Escape plain text (titles, takeaways, categories come from front matter, where they are text) so
 * Markdown shows it as written: `*`, `[`, `<`, backticks and `~` lose their meaning, and `_` only
 * where it could open or close emphasis, so `TORCH_LOGS` stays readable in the source.
 */
export function markdownText(text: string): string {
  return text
    .replace(/[\\`*[\]<>~]/g, (char) => `\\${char}`)
    .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\_');
}
