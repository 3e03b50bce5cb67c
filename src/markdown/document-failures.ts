/**
 * A document's problems, reported together. A plugin that finds one (a diagram Mermaid rejects,
 * a link to a missing page) records it in the document's data bag instead of throwing, so the
 * plugins after it still run; {@link reportFailures}, the last mdast plugin, then fails the
 * document with all of them. Before, a rejected diagram hid every broken link of its file.
 * Under `astro dev` (a live {@link RenderReport}) it hands them to the dev server instead, and the
 * document renders with its error boxes: an article never goes blank while its author writes.
 */
import { fileURLToPath } from 'node:url';
import { defineMdastPlugin, type MdastPluginEntry, type MdastVisitorContext } from 'satteri';
import type { RenderReport } from '../lib/dev/render-report.ts';
import { sourceAsWritten } from './prepare-source.ts';

const KEY = 'labbookFailures';

/** Record `message` (already `file:line: what, what to do`) as a problem of the document. */
export function recordFailure(data: Record<string, unknown>, message: string): void {
  const failures = Array.isArray(data[KEY]) ? (data[KEY] as string[]) : [];
  failures.push(message);
  data[KEY] = failures;
}

export interface Options {
  /** Under `astro dev`: where the document's problems go instead of failing it. Default: none (they fail it). */
  report?: RenderReport;
}

/** The last mdast plugin: fails the document with every problem the plugins before it recorded. */
export function reportFailures(options: Options = {}): MdastPluginEntry {
  const { report } = options;
  const plugin = defineMdastPlugin({
    name: 'labbook-report-failures',
    before(_root, ctx: MdastVisitorContext) {
      const failures = Array.isArray(ctx.data[KEY]) ? (ctx.data[KEY] as string[]) : [];
      // Every document, also without failures: that is how the dev server learns a problem is fixed.
      // (A document without a file has nowhere to be shown: it fails as in a build.)
      if (report?.live && ctx.fileURL?.protocol === 'file:') {
        report.report({ file: fileURLToPath(ctx.fileURL), source: sourceAsWritten(ctx.source), failures });
        return;
      }
      if (failures.length > 0) throw new Error(failures.join('\n'));
    },
  });
  return () => plugin;
}
