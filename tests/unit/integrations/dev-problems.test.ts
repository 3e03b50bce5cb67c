/**
 * Under `astro dev`, what would stop the build is logged once and shown in every page until fixed
 * (src/integrations/dev-problems.ts), with a stand-in for Vite's dev server: its file watcher and
 * its HMR channel to the pages.
 */
import { EventEmitter } from 'node:events';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import type { ViteDevServer } from 'vite';
import { describe, expect, it, vi } from 'vitest';
import { showProblemsWhileWriting } from '../../../src/integrations/dev-problems.ts';
import { LAYOUTS } from '../../../src/lib/content/layouts.ts';
import { PROBLEMS_EVENT, PROBLEMS_WANTED_EVENT, type ShownProblem } from '../../../src/lib/dev/problems-event.ts';
import { createRenderReport } from '../../../src/lib/dev/render-report.ts';
import { checkContentDir } from '../../../src/lib/validate-content.ts';

const NOTE = 'til/2026-01-14-reseed.md';
const note = (date: string) => `---\ntitle: Reseed the shuffle\ndate: ${date}\n---\n\nOur sampler seeded once.\n`;

/** A wiki with one TIL, a dev server stand-in watching it, and what the pages were sent. */
function devServer() {
  const dir = mkdtempSync(join(tmpdir(), 'labbook-dev-problems-'));
  mkdirSync(join(dir, 'til'));
  writeFileSync(join(dir, NOTE), note('2026-01-14'));
  const watcher = new EventEmitter();
  const sent: ShownProblem[][] = [];
  const handlers = new Map<string, (data: unknown, client: { send: (event: string, payload: unknown) => void }) => void>();
  const hot = {
    send: (event: string, payload: { problems: ShownProblem[] }) => event === PROBLEMS_EVENT && sent.push(payload.problems),
    on: (event: string, handler: (data: unknown, client: { send: (event: string, payload: unknown) => void }) => void) => handlers.set(event, handler),
  };
  const server = { watcher, environments: { client: { hot } } } as unknown as ViteDevServer;
  const logger = { error: vi.fn(), info: vi.fn(), warn: vi.fn() };
  const report = createRenderReport();
  report.start();
  // The reads after an event, by delay: run by the test when it says.
  const reads: [number, () => void][] = [];
  const later = (ms: number, work: () => void) => reads.push([ms, work]);
  const runReads = () => reads.splice(0).forEach(([, work]) => work());
  showProblemsWhileWriting(server, logger as unknown as AstroIntegrationLogger, { contentDir: dir, folders: LAYOUTS.labbook, checked: checkContentDir(dir), report, later });
  const save = (text: string) => {
    writeFileSync(join(dir, NOTE), text);
    watcher.emit('change', join(dir, NOTE));
    runReads();
  };
  /** What a page that loads now is sent. */
  const pageLoads = () => {
    const client = { send: vi.fn() };
    handlers.get(PROBLEMS_WANTED_EVENT)?.(undefined, client);
    return client.send.mock.calls;
  };
  return { dir, save, sent, logger, report, pageLoads, watcher, reads, runReads };
}

describe('showProblemsWhileWriting', () => {
  it('a saved date that is not a day: logged once with file and line, shown in the pages, and after a reload, until fixed', () => {
    const { save, sent, logger, pageLoads } = devServer();
    save(note('2026-13-45'));
    expect(logger.error).toHaveBeenCalledTimes(1);
    expect(logger.error.mock.calls[0]?.[0]).toMatch(/^til\/2026-01-14-reseed\.md would stop the build; fix it and save \(1 problem\):\n {2}✗ til\/2026-01-14-reseed\.md:3: date: expected a real calendar date/);
    const shown = { where: `${NOTE}:3`, message: expect.stringMatching(/^date: expected a real calendar date/), excerpt: 'date: 2026-13-45' };
    expect(sent).toEqual([[shown]]);
    // Saved again unchanged: nothing new to log or send.
    save(note('2026-13-45'));
    expect(logger.error).toHaveBeenCalledTimes(1);
    expect(sent).toHaveLength(1);
    expect(pageLoads()).toEqual([[PROBLEMS_EVENT, { problems: [shown] }]]);
    save(note('2026-01-14'));
    expect(logger.info).toHaveBeenCalledWith(`${NOTE}: fixed`);
    expect(sent.at(-1)).toEqual([]);
    expect(pageLoads()).toEqual([[PROBLEMS_EVENT, { problems: [] }]]);
  });

  it('an editor that empties the file before writing it: read again, the saved text counts, not the empty file', () => {
    const { dir, sent, watcher, reads } = devServer();
    writeFileSync(join(dir, NOTE), '');
    watcher.emit('change', join(dir, NOTE));
    expect(reads.map(([ms]) => ms)).toEqual([50, 300]);
    // A read that still finds the file empty (a loaded machine); the watcher says nothing more
    // within 50 ms of its first event, and the text arrives meanwhile.
    reads.shift()?.[1]();
    writeFileSync(join(dir, NOTE), note('2026-13-45'));
    reads.shift()?.[1]();
    expect(sent.at(-1)).toEqual([expect.objectContaining({ where: `${NOTE}:3`, excerpt: 'date: 2026-13-45' })]);
  });

  it('front matter that does not parse: its line', () => {
    const { save, sent } = devServer();
    save('---\ntitle: Reseed\ndate: 2026-01-14\ntags: [a, b\n---\n\nText.\n');
    expect(sent).toEqual([[expect.objectContaining({ where: expect.stringMatching(/^til\/2026-01-14-reseed\.md:\d+$/), message: expect.stringContaining('front matter YAML does not parse') })]]);
  });

  it('a diagram Mermaid rejects, as the note renders: logged once, shown, gone when the note renders fine', () => {
    const { dir, save, sent, logger, report } = devServer();
    const body = '\nOur sampler seeded once.\n\n```mermaid\ngraph TD\n  A-->\n```\n';
    save(`---\ntitle: Reseed the shuffle\ndate: 2026-01-14\n---\n${body}`);
    expect(sent).toEqual([]);
    report.report({ file: join(dir, NOTE), source: body, failures: [`${NOTE}:8: mermaid diagram does not parse: Parse error on line 2:\n    graph TD A-->\n    ------^`] });
    expect(logger.error).toHaveBeenCalledTimes(1);
    expect(logger.error.mock.calls[0]?.[0]).toContain(`✗ ${NOTE}:8: mermaid diagram does not parse: Parse error on line 2:\n    graph TD A-->\n    ------^`);
    expect(sent).toEqual([[{ where: `${NOTE}:8`, message: 'mermaid diagram does not parse: Parse error on line 2:\ngraph TD A-->\n------^', excerpt: '```mermaid' }]]);
    // Fixed: the save, then the note renders fine (or the other way round: the loader may be first).
    save(`---\ntitle: Reseed the shuffle\ndate: 2026-01-14\n---\n${body.replace('A-->', 'A-->B')}`);
    expect(sent).toHaveLength(1);
    report.report({ file: join(dir, NOTE), source: body.replace('A-->', 'A-->B'), failures: [] });
    expect(sent.at(-1)).toEqual([]);
    expect(logger.info).toHaveBeenCalledWith(`${NOTE}: fixed`);
  });

  it("a daily log entry at the address of another note: shown with the entry's line", () => {
    const { dir, sent, watcher, runReads } = devServer();
    writeFileSync(join(dir, 'til/2026-01-14.md'), '## 2026-01-14\n\n### Reseed\n\nText.\n');
    watcher.emit('add', join(dir, 'til/2026-01-14.md'));
    runReads();
    expect(sent).toEqual([[{ where: 'til/2026-01-14.md:3', message: expect.stringContaining('would be published at /til/2026-01-14-reseed/, like til/2026-01-14-reseed.md') }]]);
  });

  it('leaves files that are not pages alone: a draft, a file outside the content folder', () => {
    const { dir, sent, logger, watcher } = devServer();
    writeFileSync(join(dir, 'til/_draft.md'), note('2026-13-45'));
    watcher.emit('change', join(dir, 'til/_draft.md'));
    watcher.emit('change', join(tmpdir(), 'elsewhere.md'));
    expect(sent).toEqual([]);
    expect(logger.error).not.toHaveBeenCalled();
  });
});
