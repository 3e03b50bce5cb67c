import { existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeSite, makeWorkDir, runBuild, tilFile } from './run-build.ts';

const wiki = { 'labbook.yaml': 'title: API Build Test\n', 'til/2026-11-02-first.md': tilFile('First note', '2026-11-02') };

const spec = (schemaRef: string) => `openapi: 3.1.0
info:
  title: Scoring API
  version: 1.0.0
  description: Scores **things**.
paths:
  /score:
    post:
      operationId: scoreThings
      summary: Score a batch
      requestBody:
        content:
          application/json:
            schema:
              $ref: '${schemaRef}'
      responses:
        '200':
          description: Scores.
components:
  schemas:
    Batch:
      type: object
      properties:
        items:
          type: array
          items: {type: number}
`;

describe('API specs in the build', () => {
  it('a dangling $ref fails the build naming the file, line and pointer, and writes no site', () => {
    const work = makeWorkDir();
    const out = join(work, 'dist');
    const site = makeSite({ ...wiki, 'api/scoring.yaml': spec('#/components/schemas/Missing'), 'api/other.yaml': spec('#/components/schemas/Batch') });
    const { status, output } = runBuild(site, out);
    expect(status).not.toBe(0);
    expect(output).toContain(
      'api/scoring.yaml:15: /paths/~1score/post/requestBody/content/application~1json/schema/$ref: "#/components/schemas/Missing" points to nothing.',
    );
    expect(output).not.toContain('api/other.yaml:');
    expect(existsSync(out)).toBe(false);
  });

  it('a $ref through a symlink to outside the content folder fails the build without printing the file', () => {
    const outside = mkdtempSync(join(tmpdir(), 'labbook-outside-'));
    writeFileSync(join(outside, 'passwd'), 'root:x:0:0:the-secret-line\n');
    const site = makeSite({ ...wiki, 'api/scoring.yaml': spec('_etc/passwd') });
    symlinkSync(outside, join(site, 'api/_etc'));
    const out = join(makeWorkDir(), 'dist');
    const { status, output } = runBuild(site, out);
    expect(status).not.toBe(0);
    expect(output).toContain('api/scoring.yaml:15: /paths/~1score/post/requestBody/content/application~1json/schema/$ref: "_etc/passwd" leads outside the content folder');
    expect(output).not.toContain('the-secret-line');
    expect(existsSync(out)).toBe(false);
  });

  it('the tic-tac-toe example (3.1, scheme: Bearer) shows its security schemes, requirements, links, callbacks and webhooks', () => {
    const tictactoe = readFileSync(join(import.meta.dirname, '../unit/lib/openapi/fixtures/api/tictactoe.yaml'), 'utf8');
    const out = join(makeWorkDir(), 'dist');
    const { status, output } = runBuild(makeSite({ ...wiki, 'api/tictactoe.yaml': tictactoe }), out);
    expect(status, output).toBe(0);
    const page = readFileSync(join(out, 'api/tictactoe/index.html'), 'utf8');
    expect(page).toMatch(/<h2 id="api-security"[^>]*>Authentication<\/h2>/);
    expect(page).toMatch(/<h3 id="security-bearerhttpauthentication"[^>]*>/);
    expect(page).toContain('(format JWT)');
    expect(page).toContain('board:write');
    // put-square's requirement links to the scheme; get-square's response links to put-square.
    expect(page).toMatch(/<a href="#security-user2appoauth"[^>]*><code[^>]*>user2AppOauth<\/code><\/a>/);
    expect(page).toMatch(/<a href="#put-square"[^>]*><code[^>]*>put-square<\/code><\/a>/);
    expect(page).toMatch(/<h5 id="put-square-statuscallback-post"[^>]*>/);
    expect(page).toMatch(/<h2 id="api-webhooks"[^>]*>Webhooks<\/h2>/);
    expect(page).toMatch(/<h3 id="markoperationwebhook"[^>]*>/);
  });

  it('a valid spec builds its page, listed at /api/ and indexed for search as an API spec', () => {
    const work = makeWorkDir();
    const out = join(work, 'dist');
    const { status, output } = runBuild(makeSite({ ...wiki, 'api/scoring.yaml': spec('#/components/schemas/Batch') }), out);
    expect(status, output).toBe(0);
    const page = readFileSync(join(out, 'api/scoring/index.html'), 'utf8');
    expect(page).toMatch(/<h1[^>]*>Scoring API<\/h1>/);
    expect(page).toMatch(/<h3 id="scorethings"[^>]*>/);
    expect(page).toContain('<strong>things</strong>');
    expect(page).toContain('data-pagefind-body');
    expect(page).toMatch(/data-pagefind-filter="kind">API</);
    const index = readFileSync(join(out, 'api/index.html'), 'utf8');
    expect(index).toContain('href="/api/scoring/"');
    expect(index).toContain('1 operation');
    expect(output).toMatch(/indexed \d+ pages \(.*1 API spec\)/);
  });
});
