/**
 * A document's problems, reported together. A plugin that finds one (a diagram Mermaid rejects,
 * a link to a missing page) records it in the document's data bag instead of throwing, so the
 * plugins after it still run; {@link reportFailures}, the last mdast plugin, then fails the
 * document with all of them. Before, a rejected diagram hid every broken link of its file.
 */
import { defineMdastPlugin, type MdastPluginEntry } from 'satteri';

const KEY = 'labbookFailures';

/** Record `message` (already `file:line: what, what to do`) as a problem of the document. */
export function recordFailure(data: Record<string, unknown>, message: string): void {
  const failures = Array.isArray(data[KEY]) ? (data[KEY] as string[]) : [];
  failures.push(message);
  data[KEY] = failures;
}

const plugin = defineMdastPlugin({
  name: 'labbook-report-failures',
  before(_root, ctx) {
    const failures = ctx.data[KEY];
    if (Array.isArray(failures) && failures.length > 0) throw new Error(failures.join('\n'));
  },
});

/** The last mdast plugin: fails the document with every problem the plugins before it recorded. */
export function reportFailures(): MdastPluginEntry {
  return () => plugin;
}
