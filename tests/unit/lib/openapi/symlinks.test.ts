import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblems } from '../../../../src/lib/errors.ts';
import { listApiFiles } from '../../../../src/lib/openapi/api-files.ts';
import { loadSpec } from '../../../../src/lib/openapi/load-spec.ts';
import { contentWith } from './spec-fixtures.ts';

const SECRET = 'root:x:0:0:the-secret-line';

/** A folder outside the content folder holding a "secret" file and a spec. */
function outsideFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'labbook-outside-'));
  writeFileSync(join(dir, 'passwd'), `${SECRET}\n`);
  writeFileSync(join(dir, 'secret.yaml'), `value: ${SECRET}\n`);
  writeFileSync(join(dir, 'spec.yaml'), `openapi: 3.1.0\ninfo: {title: '${SECRET}', version: '1'}\npaths: {}\n`);
  return dir;
}

/** A spec whose one response example is `$ref: <ref>`. */
const specWithExample = (ref: string) => `openapi: 3.0.3
info: {title: T, version: '1'}
paths:
  /a:
    get:
      responses:
        '200':
          description: ok
          content:
            text/plain:
              examples:
                leak:
                  $ref: '${ref}'
`;

const exampleRef = (ref: string) => `openapi: 3.0.3
info: {title: T, version: '1'}
paths:
  /a:
    get:
      responses:
        '200':
          description: ok
          content:
            text/plain:
              examples:
                leak:
                  value:
                    $ref: '${ref}'
`;

async function problemsOf(dir: string, file: string): Promise<string> {
  const result = await loadSpec(dir, file);
  expect(result.spec, JSON.stringify(result.spec)).toBeUndefined();
  return formatProblems(result.problems, 'Problems');
}

describe('files read for a spec stay inside the content folder (real paths)', () => {
  it('a $ref through a symlinked folder to outside fails, naming the spec and the $ref, without the content', async () => {
    const outside = outsideFolder();
    const dir = contentWith({ 'api/a.yaml': exampleRef('_etc/passwd') });
    symlinkSync(outside, join(dir, 'api/_etc'));
    const text = await problemsOf(dir, 'api/a.yaml');
    expect(text).toContain('api/a.yaml:14:');
    expect(text).toContain('"_etc/passwd"');
    expect(text).toContain('outside the content folder');
    expect(text).not.toContain('the-secret-line');
    expect(text).not.toContain(outside);
  });

  it('a $ref to a YAML file through a symlinked file fails the same way', async () => {
    const outside = outsideFolder();
    const dir = contentWith({ 'api/a.yaml': specWithExample('./_secret.yaml') });
    symlinkSync(join(outside, 'secret.yaml'), join(dir, 'api/_secret.yaml'));
    const text = await problemsOf(dir, 'api/a.yaml');
    expect(text).toContain('"./_secret.yaml"');
    expect(text).not.toContain('the-secret-line');
  });

  it('a $ref with ../ that leaves the content folder fails', async () => {
    const outside = outsideFolder();
    const dir = contentWith({ 'api/a.yaml': exampleRef(join(outside, 'passwd')) });
    const text = await problemsOf(dir, 'api/a.yaml');
    expect(text).toContain('outside the content folder');
    expect(text).not.toContain('the-secret-line');
  });

  it('a symlink that stays inside the content folder is followed', async () => {
    const dir = contentWith({ 'api/a.yaml': specWithExample('_shared/ex.yaml'), 'shared/ex.yaml': 'value: fine\n' });
    symlinkSync(join(dir, 'shared'), join(dir, 'api/_shared'));
    const result = await loadSpec(dir, 'api/a.yaml');
    expect(result.problems).toEqual([]);
    expect(JSON.stringify(result.spec)).toContain('fine');
  });

  it('a spec file that is a symlink to outside is refused: listed as leading outside, and never read', async () => {
    const outside = outsideFolder();
    const dir = contentWith({ 'api/ok.yaml': 'openapi: 3.1.0\ninfo: {title: T, version: "1"}\npaths: {}\n' });
    symlinkSync(join(outside, 'spec.yaml'), join(dir, 'api/linked.yaml'));
    expect(listApiFiles(dir)).toMatchObject({ specs: ['api/ok.yaml'], outside: ['api/linked.yaml'] });
    const text = await problemsOf(dir, 'api/linked.yaml');
    expect(text).toContain('api/linked.yaml: ');
    expect(text).toContain('outside the content folder');
    expect(text).not.toContain('the-secret-line');
  });

  it('a symlinked folder of specs leading outside is reported, not silently skipped', () => {
    const outside = outsideFolder();
    const dir = contentWith({ 'api/ok.yaml': '' });
    symlinkSync(outside, join(dir, 'api/ext'));
    expect(listApiFiles(dir).outside).toEqual(['api/ext']);
  });

  it('_ and . folders at any depth hold no specs', () => {
    const dir = contentWith({ 'api/a/_b/c.yaml': '', 'api/a/.d/e/f.yaml': '', 'api/a/g.yaml': '' });
    expect(listApiFiles(dir).specs).toEqual(['api/a/g.yaml']);
  });

  it('remote $refs are not fetched and say so', async () => {
    const dir = contentWith({ 'api/a.yaml': specWithExample('https://example.com/x.yaml') });
    const text = await problemsOf(dir, 'api/a.yaml');
    expect(text).toContain('"https://example.com/x.yaml"');
    expect(text).toContain('not fetched');
  });
});

describe('YAML alias bombs', () => {
  const bomb = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 10; i++) {
    const prev = String.fromCharCode(96 + i);
    const name = String.fromCharCode(97 + i);
    bomb.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
  }
  const lol = bomb.join('\n');

  it('in a spec: fails with the file name', async () => {
    const dir = contentWith({ 'api/bomb.yaml': `openapi: 3.1.0\ninfo: {title: T, version: "1"}\npaths: {}\nx-lol:\n  ${lol.split('\n').join('\n  ')}\n` });
    const text = await problemsOf(dir, 'api/bomb.yaml');
    expect(text).toContain('api/bomb.yaml');
    expect(text).toMatch(/alias/i);
  });

  it('in a $ref target: fails with both file names', async () => {
    const dir = contentWith({ 'api/a.yaml': specWithExample('_bomb.yaml'), 'api/_bomb.yaml': `value:\n  ${lol.split('\n').join('\n  ')}\n` });
    const text = await problemsOf(dir, 'api/a.yaml');
    expect(text).toContain('api/a.yaml');
    expect(text).toContain('api/_bomb.yaml');
    expect(text).toMatch(/alias/i);
  });
});
