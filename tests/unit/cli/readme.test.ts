import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { run } from '../../../src/cli/index.ts';
import type { ReadmeContext } from '../../../src/cli/commands/readme.ts';
import type { FetchLike } from '../../../src/lib/readme-feed/fetch-feed.ts';
import { emptyDir, listFiles, makeWiki, NOW, removeTempDirs } from './helpers.ts';

afterAll(removeTempDirs);

const S = '<!-- labbook:start -->';
const E = '<!-- labbook:end -->';
const FEED_URL = 'https://acme.github.io/wiki/feed.json';

/** Run the CLI with a fixed clock, captured output and, for --feed, a fake fetch (never the network). */
async function cli(argv: string[], options: { cwd: string; env?: Record<string, string>; now?: Date; fetch?: FetchLike }) {
  let stdout = '';
  let stderr = '';
  const ctx: ReadmeContext = {
    cwd: options.cwd,
    env: options.env ?? {},
    now: options.now ?? NOW,
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    fetch: options.fetch ?? (async () => Promise.reject(new Error('the test did not expect a fetch'))),
  };
  const code = await run(argv, ctx);
  return { code, stdout, stderr };
}

/** The CLI fixture wiki with `url` and `base` set, and a README next to its content folder. */
function wikiWithReadme(readme: string | Buffer, config = 'title: Test wiki\nurl: https://acme.github.io\nbase: /wiki/\n') {
  const wiki = makeWiki();
  writeFileSync(join(wiki.contentDir, 'labbook.yaml'), config);
  const path = join(wiki.root, 'README.md');
  writeFileSync(path, readme);
  return { ...wiki, path, bytes: () => readFileSync(path) };
}

const LOCAL_LIST = [
  '- [Ray \\*object\\* spilling filled the root disk](https://acme.github.io/wiki/til/2026-11-23-ray-spilling/) · 2026-11-23 · Infra',
  '- [Pandas categoricals save memory](https://acme.github.io/wiki/til/2026-11-22-pandas-categorical-memory/) · 2026-11-22',
  '- [Activation checkpointing trades compute for memory](https://acme.github.io/wiki/til/2026-11-18-activation-checkpointing/) · 2026-11-18 · Training',
  '- [GradScaler: NaN after resume](https://acme.github.io/wiki/til/2026-11-17-gradscaler-nan-after-resume/) · 2026-11-17 · Training',
  '- [vLLM KV cache sizing](https://acme.github.io/wiki/til/2026-11-16-vllm-kv-cache-sizing/) · 2026-11-16 · Serving',
];

describe('labbook readme, from the content folder', () => {
  it('fills empty markers with the newest published TILs (drafts left out) and touches nothing else', async () => {
    const wiki = wikiWithReadme(`# Hi, I am Mira\n\n${S}\n${E}\n\nBye\n`);
    const result = await cli(['readme', '--target', 'README.md'], { cwd: wiki.root });
    expect(result).toEqual({ code: 0, stdout: 'README.md\nUpdated with the newest 5 TILs from the content folder.\n', stderr: '' });
    expect(wiki.bytes().toString()).toBe(`# Hi, I am Mira\n\n${S}\n${LOCAL_LIST.join('\n')}\n${E}\n\nBye\n`);
    expect(listFiles(wiki.root).filter((file) => !file.startsWith('content/'))).toEqual(['README.md']);
  });

  it('updates an existing list, honours --limit, and a second run exits 3 leaving the bytes identical', async () => {
    const wiki = wikiWithReadme(`${S}\n- [Stale](https://old/) · 2020-01-01\n${E}\n`);
    expect((await cli(['readme', '--target', 'README.md', '--limit', '2'], { cwd: wiki.root })).code).toBe(0);
    const first = wiki.bytes();
    expect(first.toString()).toBe(`${S}\n${LOCAL_LIST.slice(0, 2).join('\n')}\n${E}\n`);
    const mtime = statSync(wiki.path).mtimeMs;
    const second = await cli(['readme', '--target', 'README.md', '--limit', '2'], { cwd: wiki.root });
    expect(second).toEqual({ code: 3, stdout: 'README.md is already up to date (2 TILs from the content folder); nothing written.\n', stderr: '' });
    expect(wiki.bytes().equals(first)).toBe(true);
    expect(statSync(wiki.path).mtimeMs).toBe(mtime);
  });

  it('writes the same bytes whatever the clock says (no timestamp in the list)', async () => {
    const outputs = [];
    for (const now of [NOW, new Date(2031, 0, 1, 3, 4, 5)]) {
      const wiki = wikiWithReadme(`${S}\n${E}\n`);
      await cli(['readme', '--target', 'README.md'], { cwd: wiki.root, now });
      outputs.push(wiki.bytes().toString());
    }
    expect(outputs[1]).toBe(outputs[0]);
  });

  it('keeps CRLF, a byte order mark and a missing final newline, and writes the list with CRLF', async () => {
    const wiki = wikiWithReadme(`\uFEFF# Me\r\n${S}\r\n${E}`);
    await cli(['readme', '--target', 'README.md', '--limit', '1'], { cwd: wiki.root });
    expect(wiki.bytes().toString()).toBe(`\uFEFF# Me\r\n${S}\r\n${LOCAL_LIST[0]}\r\n${E}`);
    expect(wiki.bytes().subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('leaves markers documented in a fence alone', async () => {
    const readme = `Use:\n\n~~~~md\n${S}\n${E}\n~~~~\n\n${S}\n${E}\n`;
    const wiki = wikiWithReadme(readme);
    await cli(['readme', '--target', 'README.md', '--limit', '1'], { cwd: wiki.root });
    expect(wiki.bytes().toString()).toBe(`Use:\n\n~~~~md\n${S}\n${E}\n~~~~\n\n${S}\n${LOCAL_LIST[0]}\n${E}\n`);
  });

  it('fails when labbook.yaml has no url, saying to set it or pass --feed', async () => {
    const wiki = wikiWithReadme(`${S}\n${E}\n`, 'title: Test wiki\n');
    const result = await cli(['readme', '--target', 'README.md'], { cwd: wiki.root });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      "content/labbook.yaml has no `url`, so the README cannot link to the site's pages; nothing was written. " +
        'Set `url` there (e.g. url: https://acme.github.io), or read the published feed with --feed https://<owner>.github.io/<wiki>/feed.json.\n',
    );
    expect(wiki.bytes().toString()).toBe(`${S}\n${E}\n`);
  });

  it('fails on an invalid labbook.yaml, naming the field', async () => {
    const wiki = wikiWithReadme(`${S}\n${E}\n`, 'title: W\nurl: not a url\n');
    const result = await cli(['readme', '--target', 'README.md'], { cwd: wiki.root });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('labbook.yaml:2: url: expected an absolute http(s) URL');
    expect(result.stderr).toContain('Fix labbook.yaml, or read the published feed with --feed <url>; nothing was written.');
  });

  it("reads the TILs where the wiki's layout keeps them: a diary's TILs/ daily logs", async () => {
    const wiki = wikiWithReadme(`${S}\n${E}\n`, 'title: Diary\nurl: https://acme.github.io\nlayout: diary\n');
    mkdirSync(join(wiki.contentDir, 'TILs'));
    writeFileSync(join(wiki.contentDir, 'TILs/2026-11-24.md'), '## 2026-11-24\n\n### [Infra] Spilling to NVMe\n\nBody.\n');
    const result = await cli(['readme', '--target', 'README.md', '--limit', '1'], { cwd: wiki.root });
    expect(result.code).toBe(0);
    expect(wiki.bytes().toString()).toBe(`${S}\n- [Spilling to NVMe](https://acme.github.io/til/2026-11-24-spilling-to-nvme/) · 2026-11-24 · Infra\n${E}\n`);
  });

  it('fails without a content folder, before writing anything', async () => {
    const cwd = emptyDir();
    writeFileSync(join(cwd, 'README.md'), `${S}\n${E}\n`);
    const result = await cli(['readme', '--target', 'README.md'], { cwd });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('no content folder at content');
    expect(readFileSync(join(cwd, 'README.md'), 'utf8')).toBe(`${S}\n${E}\n`);
  });
});

describe('labbook readme, bad markers: nothing written, file and line named', () => {
  it.each([
    ['no markers', '# Me\n\nHello\n', 'README.md: no labbook markers found, nothing was written. Add these two lines where the list of TILs should go, then run again:\n    <!-- labbook:start -->\n    <!-- labbook:end -->'],
    ['only documented markers', `\`\`\`\n${S}\n${E}\n\`\`\`\n`, 'line 2 is inside the code block opened on line 1'],
    ['a start without end', `# Me\n${S}\n- x\n`, `README.md:2: ${S} has no ${E} after it; nothing was written. Add a line ${E} below line 2, where the list should end.`],
    ['an end without start', `# Me\n- x\n${E}\n`, `README.md:3: ${E} has no ${S} before it; nothing was written. Add a line ${S} above line 3, where the list should begin.`],
    ['a repeated start', `${S}\n${E}\n${S}\n`, `README.md:1: ${S} appears on lines 1 and 3; nothing was written.`],
    ['a repeated end', `${S}\n${E}\n\n${E}\n`, `README.md:2: ${E} appears on lines 2 and 4; nothing was written.`],
    ['end before start', `${E}\n- x\n${S}\n`, `README.md:1: ${E} (line 1) comes before ${S} (line 3); nothing was written. Swap the two lines: the start marker goes first.`],
    ['a marker sharing its line', `Latest ${S}\n${E}\n`, `README.md:1: ${S} must be alone on its line`],
  ])('%s', async (_case, readme, message) => {
    const wiki = wikiWithReadme(readme);
    const before = listFiles(wiki.root);
    const fetch: FetchLike = async () => {
      throw new Error('markers are checked before the feed is fetched');
    };
    for (const extra of [[], ['--feed', FEED_URL]]) {
      const result = await cli(['readme', '--target', 'README.md', ...extra], { cwd: wiki.root, fetch });
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain(message);
      expect(wiki.bytes().toString()).toBe(readme);
      expect(listFiles(wiki.root)).toEqual(before);
    }
  });
});

/** A JSON Feed as the site publishes it (src/lib/feeds/json-feed.ts). */
const jsonFeed = (items: object[]) => JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Acme', items });
const respond = (body: string, init?: ResponseInit): FetchLike => async () => new Response(body, init);

describe('labbook readme --feed', () => {
  const HOSTILE = '"><img src=x onerror=alert(1)>';
  const items = [
    { id: '1', url: 'https://acme.github.io/wiki/til/2026-11-03-a/', title: HOSTILE, date_published: '2026-11-03T00:00:00Z', tags: ['t'], _labbook: { category: 'Training' } },
    { id: '2', url: 'javascript:alert(1)', title: 'Sneaky', date_published: '2026-11-02T12:00:00Z', _labbook: {} },
    { id: '3', url: 'https://acme.github.io/wiki/til/2026-11-01-c/', title: '日本語のメモ 🚀', date_published: '2026-11-01T00:00:00Z', _labbook: {} },
  ];
  const expected = [
    '- ["\\>\\<img src=x onerror=alert(1)\\>](https://acme.github.io/wiki/til/2026-11-03-a/) · 2026-11-03 · Training',
    '- [日本語のメモ 🚀](https://acme.github.io/wiki/til/2026-11-01-c/) · 2026-11-01',
  ];

  it('reads the JSON Feed, skips a non-http link with a warning, escapes titles, keeps unicode; no content folder needed', async () => {
    const cwd = emptyDir();
    writeFileSync(join(cwd, 'README.md'), `${S}\n${E}\n`);
    const requested: string[] = [];
    const fetch: FetchLike = async (url) => {
      requested.push(url);
      return new Response(jsonFeed(items), { headers: { 'content-type': 'application/json' } });
    };
    const result = await cli(['readme', '--target', 'README.md', '--feed', FEED_URL], { cwd, fetch });
    expect(result).toEqual({
      code: 0,
      stdout: `README.md\nUpdated with the newest 2 TILs from ${FEED_URL}.\n`,
      stderr: 'labbook readme: warning: skipped "Sneaky": its link uses javascript:, and only http(s) links are written\n',
    });
    expect(requested).toEqual([FEED_URL]);
    expect(readFileSync(join(cwd, 'README.md'), 'utf8')).toBe(`${S}\n${expected.join('\n')}\n${E}\n`);
  });

  it.each([
    [
      'RSS 2.0',
      `<?xml version="1.0"?><rss version="2.0"><channel><title>A</title><link>https://acme.github.io/wiki/</link><description>d</description>
        <item><title><![CDATA[${HOSTILE}]]></title><link>https://acme.github.io/wiki/til/2026-11-03-a/</link><pubDate>Tue, 03 Nov 2026 00:00:00 GMT</pubDate><category>Training</category></item>
        <item><title>日本語のメモ 🚀</title><link>https://acme.github.io/wiki/til/2026-11-01-c/</link><pubDate>Sun, 01 Nov 2026 00:00:00 GMT</pubDate></item>
      </channel></rss>`,
    ],
    [
      'Atom 1.0',
      `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>
        <entry><title type="html"><![CDATA[${HOSTILE}]]></title><link href="https://acme.github.io/wiki/til/2026-11-03-a/"/><updated>2026-11-03T00:00:00Z</updated><category term="Training"/></entry>
        <entry><title>日本語のメモ 🚀</title><link rel="alternate" href="/wiki/til/2026-11-01-c/"/><published>2026-11-01T00:00:00Z</published></entry>
      </feed>`,
    ],
  ])('reads %s the same way', async (_format, body) => {
    const cwd = emptyDir();
    writeFileSync(join(cwd, 'README.md'), `${S}\n${E}\n`);
    const result = await cli(['readme', '--target', 'README.md', '--feed', FEED_URL], { cwd, fetch: respond(body) });
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
    expect(readFileSync(join(cwd, 'README.md'), 'utf8')).toBe(`${S}\n${expected.join('\n')}\n${E}\n`);
  });

  it.each([
    [
      'an unreachable host',
      (async () => {
        throw new TypeError('fetch failed', { cause: new Error('getaddrinfo ENOTFOUND acme.github.io') });
      }) as FetchLike,
      `could not reach ${FEED_URL} (getaddrinfo ENOTFOUND acme.github.io); README.md was not changed. Check the address and the network, then run again.\n`,
    ],
    [
      'a timeout',
      (async () => {
        throw new DOMException('The operation was aborted due to timeout', 'TimeoutError');
      }) as FetchLike,
      `${FEED_URL} did not answer within 10 s; README.md was not changed. Try again later, or check the address.\n`,
    ],
    [
      'an HTTP error',
      respond('nope', { status: 404, statusText: 'Not Found' }),
      `${FEED_URL} answered HTTP 404 Not Found; README.md was not changed. Check the address: a Labbook site publishes /feed.json when its labbook.yaml has \`url\`.\n`,
    ],
    [
      'an HTML page',
      respond('<!DOCTYPE html><html><body>Hello</body></html>'),
      `${FEED_URL} is not a JSON Feed, RSS 2.0 or Atom 1.0 document: it is an HTML page; README.md was not changed. Pass the feed's address, e.g. https://<owner>.github.io/<wiki>/feed.json.\n`,
    ],
    ['broken JSON', respond('{"version":'), `${FEED_URL} is not a JSON Feed, RSS 2.0 or Atom 1.0 document: it is not valid JSON (`],
    [
      'a body that never ends',
      (async () => {
        const chunk = new TextEncoder().encode('{"title":"again"},'.repeat(4096));
        return new Response(new ReadableStream({ pull: (controller) => controller.enqueue(chunk) }));
      }) as FetchLike,
      `${FEED_URL} sent more than 20 MB, far more than any feed of TILs; README.md was not changed. Check that the address is the site's feed, e.g. https://<owner>.github.io/<wiki>/feed.json.\n`,
    ],
  ])('writes nothing on %s, and says what to do', async (_case, fetch, message) => {
    const cwd = emptyDir();
    const readme = `${S}\n- [Kept](https://acme.github.io/wiki/til/x/) · 2026-01-01\n${E}\n`;
    writeFileSync(join(cwd, 'README.md'), readme);
    const result = await cli(['readme', '--target', 'README.md', '--feed', FEED_URL], { cwd, fetch });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.startsWith(message)).toBe(true);
    expect(readFileSync(join(cwd, 'README.md'), 'utf8')).toBe(readme);
    expect(listFiles(cwd)).toEqual(['README.md']);
  });

  it('empties the list of an empty feed, with a warning', async () => {
    const cwd = emptyDir();
    writeFileSync(join(cwd, 'README.md'), `${S}\n- old\n${E}\n`);
    const result = await cli(['readme', '--target', 'README.md', '--feed', FEED_URL], { cwd, fetch: respond(jsonFeed([])) });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('labbook readme: warning: no TILs to list; the markers are left with nothing between them\n');
    expect(readFileSync(join(cwd, 'README.md'), 'utf8')).toBe(`${S}\n${E}\n`);
  });

  it('does not write when the README changed on disk while the feed was being fetched', async () => {
    const cwd = emptyDir();
    const path = join(cwd, 'README.md');
    writeFileSync(path, `${S}\n${E}\n`);
    const fetch: FetchLike = async () => {
      writeFileSync(path, `Edited meanwhile\n${S}\n${E}\n`);
      return new Response(jsonFeed(items));
    };
    const result = await cli(['readme', '--target', 'README.md', '--feed', FEED_URL], { cwd, fetch });
    expect(result.code).toBe(1);
    expect(result.stderr.endsWith(
      'README.md changed on disk while labbook readme was running; nothing was written, so that change is kept. Run the command again.\n',
    )).toBe(true);
    expect(readFileSync(path, 'utf8')).toBe(`Edited meanwhile\n${S}\n${E}\n`);
    expect(listFiles(cwd)).toEqual(['README.md']);
  });
});

describe('labbook readme --author', () => {
  /** The fixture wiki plus three notes: two by mira-k (`authors`, one also by sam), one by Sam in Jekyll's `author`. */
  function wikiWithAuthors() {
    const wiki = wikiWithReadme(`${S}\n${E}\n`);
    const note = (slug: string, extra: string) => writeFileSync(join(wiki.contentDir, 'til', `${slug}.md`), `---\ntitle: ${slug}\ndate: ${slug.slice(0, 10)}\n${extra}---\nBody.\n`);
    note('2026-12-01-mira-one', 'authors: [mira-k]\n');
    note('2026-12-02-pair', 'authors: [sam, Mira-K]\n');
    note('2026-12-03-jekyll', 'author: Sam\n');
    note('2026-12-04-draft', 'authors: [mira-k]\ndraft: true\n');
    return wiki;
  }
  const line = (slug: string) => `- [${slug}](https://acme.github.io/wiki/til/${slug}/) · ${slug.slice(0, 10)}`;

  it('lists only the TILs whose authors name the handle, in any case and with or without @', async () => {
    const wiki = wikiWithAuthors();
    const result = await cli(['readme', '--target', 'README.md', '--author', '@MIRA-k'], { cwd: wiki.root });
    expect(result.code).toBe(0);
    expect(wiki.bytes().toString()).toBe(`${S}\n${line('2026-12-02-pair')}\n${line('2026-12-01-mira-one')}\n${E}\n`);
  });

  it('matches Jekyll\'s and Hugo\'s `author` too', async () => {
    const wiki = wikiWithAuthors();
    expect((await cli(['readme', '--target', 'README.md', '--author', 'sam'], { cwd: wiki.root })).code).toBe(0);
    expect(wiki.bytes().toString()).toBe(`${S}\n${line('2026-12-03-jekyll')}\n${line('2026-12-02-pair')}\n${E}\n`);
  });

  it('fails when no TIL names the handle, naming the authors there are, and writes nothing', async () => {
    const wiki = wikiWithAuthors();
    const result = await cli(['readme', '--target', 'README.md', '--author', 'mira'], { cwd: wiki.root });
    expect(result).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'no TIL in the content folder names "mira" in `authors` (or `author`); README.md was not changed. Authors named there: Mira-K, Sam. Check the spelling, or leave out --author to list everyone\'s TILs.\n',
    });
    expect(wiki.bytes().toString()).toBe(`${S}\n${E}\n`);
  });

  it('filters a feed by its items\' authors', async () => {
    const cwd = emptyDir();
    writeFileSync(join(cwd, 'README.md'), `${S}\n${E}\n`);
    const feed = jsonFeed([
      { id: '1', url: 'https://acme.github.io/wiki/til/2026-11-03-a/', title: 'A', date_published: '2026-11-03T00:00:00Z', authors: [{ name: 'mira-k', url: 'https://github.com/mira-k' }] },
      { id: '2', url: 'https://acme.github.io/wiki/til/2026-11-02-b/', title: 'B', date_published: '2026-11-02T00:00:00Z', authors: [{ name: 'sam' }] },
    ]);
    const fetch: FetchLike = async () => new Response(feed, { headers: { 'content-type': 'application/json' } });
    expect((await cli(['readme', '--target', 'README.md', '--feed', FEED_URL, '--author', 'mira-k'], { cwd, fetch })).code).toBe(0);
    expect(readFileSync(join(cwd, 'README.md'), 'utf8')).toBe(`${S}\n- [A](https://acme.github.io/wiki/til/2026-11-03-a/) · 2026-11-03\n${E}\n`);
    const none = await cli(['readme', '--target', 'README.md', '--feed', FEED_URL, '--author', 'lee'], { cwd, fetch });
    expect(none.code).toBe(1);
    expect(none.stderr).toContain(`no TIL in ${FEED_URL} names "lee"`);
    expect(none.stderr).toContain('Authors named there: mira-k, sam.');
  });

  it('rejects an empty handle (exit 2)', async () => {
    const wiki = wikiWithAuthors();
    expect((await cli(['readme', '--target', 'README.md', '--author', ' @'], { cwd: wiki.root })).code).toBe(2);
  });
});

describe('labbook readme --dry-run', () => {
  it('prints a unified diff, exits 0 and writes nothing', async () => {
    const wiki = wikiWithReadme(`# Me\n\n${S}\n- old\n${E}\n\nBye\n`);
    const before = listFiles(wiki.root);
    const result = await cli(['readme', '--target', 'README.md', '--limit', '1', '--dry-run'], { cwd: wiki.root });
    expect(result).toEqual({
      code: 0,
      stderr: '',
      stdout: [
        'Dry run, nothing written. README.md would change:',
        '--- a/README.md',
        '+++ b/README.md',
        '@@ -1,7 +1,7 @@',
        ' # Me',
        ' ',
        ` ${S}`,
        '-- old',
        `+${LOCAL_LIST[0]}`,
        ` ${E}`,
        ' ',
        ' Bye',
        '',
      ].join('\n'),
    });
    expect(wiki.bytes().toString()).toBe(`# Me\n\n${S}\n- old\n${E}\n\nBye\n`);
    expect(listFiles(wiki.root)).toEqual(before);
  });

  it('exits 3 when nothing would change', async () => {
    const wiki = wikiWithReadme(`${S}\n${LOCAL_LIST[0]}\n${E}\n`);
    const result = await cli(['readme', '--target', 'README.md', '--limit', '1', '--dry-run'], { cwd: wiki.root });
    expect(result.code).toBe(3);
    expect(result.stdout).toBe('README.md is already up to date (1 TIL from the content folder); nothing written.\n');
  });
});

describe('labbook readme, files', () => {
  it('keeps the file mode and writes through a symbolic link, leaving no temp file', async () => {
    const wiki = wikiWithReadme(`${S}\n${E}\n`);
    chmodSync(wiki.path, 0o640);
    mkdirSync(join(wiki.root, 'docs'));
    symlinkSync('../README.md', join(wiki.root, 'docs', 'link.md'));
    expect((await cli(['readme', '--target', 'docs/link.md', '--limit', '1'], { cwd: wiki.root })).code).toBe(0);
    expect(wiki.bytes().toString()).toBe(`${S}\n${LOCAL_LIST[0]}\n${E}\n`);
    expect(statSync(wiki.path).mode & 0o777).toBe(0o640);
    expect(readFileSync(join(wiki.root, 'docs', 'link.md'), 'utf8')).toBe(wiki.bytes().toString());
    expect(listFiles(wiki.root).filter((file) => !file.startsWith('content/'))).toEqual(['README.md']);
  });

  it('fails on a missing file, saying which markers to put in a new one', async () => {
    const result = await cli(['readme', '--target', 'nope/README.md'], { cwd: emptyDir() });
    expect(result).toEqual({
      code: 1,
      stdout: '',
      stderr: `nope/README.md does not exist. Check --target, or create the file with the two marker lines:\n    ${S}\n    ${E}\n`,
    });
  });

  it('refuses a file that is not UTF-8 rather than mangling its accents', async () => {
    const latin1 = Buffer.concat([Buffer.from(`Caf`), Buffer.from([0xe9]), Buffer.from(`\n${S}\n${E}\n`)]);
    const wiki = wikiWithReadme(latin1);
    const result = await cli(['readme', '--target', 'README.md'], { cwd: wiki.root });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('README.md is not UTF-8 text; nothing was written.');
    expect(wiki.bytes().equals(latin1)).toBe(true);
  });
});

describe('labbook readme, arguments (exit 2)', () => {
  it.each([
    [[], 'labbook readme: --target is required: the Markdown file to update, e.g. --target README.md'],
    [['--target', 'R.md', '--limit', '0'], 'labbook readme: --limit expects a positive whole number, e.g. 5; got "0"'],
    [['--target', 'R.md', '--limit', 'ten'], 'labbook readme: --limit expects a positive whole number, e.g. 5; got "ten"'],
    [['--target', 'R.md', '--limit=-3'], 'labbook readme: --limit expects a positive whole number, e.g. 5; got "-3"'],
    [['--target', 'R.md', '--limit', '2.5'], 'labbook readme: --limit expects a positive whole number, e.g. 5; got "2.5"'],
    [['--target', 'R.md', '--limit', '99999999999999999999'], 'labbook readme: --limit expects a positive whole number, e.g. 5; got "99999999999999999999"'],
    [['--target', 'R.md', '--feed', 'ftp://x.io/feed.json'], 'labbook readme: --feed expects an http(s) URL, e.g. https://acme.github.io/wiki/feed.json; got "ftp://x.io/feed.json"'],
    [['--target', 'R.md', '--feed', 'acme.github.io/feed.json'], 'labbook readme: --feed expects an http(s) URL'],
    [['README.md'], 'labbook readme: expected no arguments, got "README.md"; name the file with --target README.md'],
    [['--target', 'R.md', '--force'], 'labbook readme: unknown option --force; expected one of --target, --limit, --feed, --author, --dry-run, --help'],
  ])('%j', async (args, message) => {
    const cwd = emptyDir();
    const result = await cli(['readme', ...args], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain('Usage: labbook readme [--target <file>] [--limit <n>] [--feed <url>] [--author <handle>] [--dry-run]');
    expect(listFiles(cwd)).toEqual([]);
  });

  it('explains itself with --help, exit codes included', async () => {
    const result = await cli(['readme', '--help'], { cwd: emptyDir() });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Exit codes:\n  0  the file was updated (with --dry-run: would be)\n');
    expect(result.stdout).toContain('  3  already up to date, nothing written\n');
    expect((await cli(['help', 'readme'], { cwd: emptyDir() })).stdout).toBe(result.stdout);
    const main = await cli(['--help'], { cwd: emptyDir() });
    expect(main.stdout).toMatch(/\n {2}readme +Update the list of latest TILs between the labbook markers in a README\n/);
    expect(main.stdout).toContain('3 nothing to do (readme: already up to date; init: already set up)');
  });
});

describe('the profile README workflow in README.md', () => {
  const readme = readFileSync(resolve(import.meta.dirname, '../../../README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('\n## Profile README feed\n'));
  const yamlBlock = /\n```yaml\n([\s\S]*?)\n```\n/.exec(section)?.[1] ?? '';

  interface Step {
    name?: string;
    id?: string;
    uses?: string;
    if?: string;
    run?: string;
    with?: Record<string, unknown>;
  }
  const workflow = parseYaml(yamlBlock) as {
    on: { schedule: { cron: string }[]; workflow_dispatch: unknown };
    permissions: Record<string, string>;
    jobs: Record<string, { 'runs-on': string; steps: Step[] }>;
  };
  const steps = Object.values(workflow.jobs)[0]?.steps ?? [];
  const index = (find: (step: Step) => boolean) => steps.findIndex(find);

  it('is valid YAML with a daily schedule, a manual trigger and permission to push', () => {
    expect(yamlBlock).not.toBe('');
    expect(workflow.on.schedule).toHaveLength(1);
    expect(workflow.on.schedule[0]?.cron).toMatch(/^\d{1,2} \d{1,2} \* \* \*$/);
    expect(workflow.on).toHaveProperty('workflow_dispatch');
    expect(workflow.permissions.contents).toBe('write');
  });

  it('checks out the profile repo, installs Labbook from its git tag without saving, then runs it with npx', () => {
    const profile = index((step) => step.uses?.startsWith('actions/checkout@') === true && !step.with);
    const install = index((step) => step.run?.startsWith('npm install --no-save ') === true);
    const update = index((step) => step.id === 'readme');
    const commit = index((step) => step.run?.includes('git push') === true);
    expect([profile, install, update, commit]).toEqual([0, 1, 2, 3]);
    // A git dependency needs no build step: Labbook's CLI runs from its sources (bin/labbook.mjs).
    expect(steps[install]?.run).toMatch(/ github:[\w.-]+\/[\w.-]+#v\d+\.\d+\.\d+\n?$/);
    expect(steps[update]?.run).toMatch(/\nnpx labbook readme --target README\.md --feed https:\/\/[\w.-]+\.github\.io\/[\w.-]+\/feed\.json\n/);
    expect(steps[commit]?.if).toBe("steps.readme.outputs.exit == '0'");
    expect(steps[commit]?.run).toContain('git add README.md\n');
  });

  it.each([
    [0, true],
    [3, true],
    [1, false],
    [2, false],
  ])('treats labbook exit %i as success: %s, and hands the code to the commit step', (exit, succeeds) => {
    // Run the step's script as Actions does (bash -e -o pipefail), with a stand-in `npx` exiting `exit`.
    const dir = emptyDir();
    writeFileSync(join(dir, 'npx'), `#!/bin/sh\nexit ${exit}\n`, { mode: 0o755 });
    const output = join(dir, 'github-output');
    writeFileSync(output, '');
    const script = steps.find((step) => step.id === 'readme')?.run ?? '';
    const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
      cwd: dir,
      env: { PATH: `${dir}:/usr/bin:/bin`, GITHUB_OUTPUT: output },
    });
    expect(result.status === 0).toBe(succeeds);
    expect(readFileSync(output, 'utf8')).toBe(`exit=${exit}\n`);
  });
});
