import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoFileUrl } from '../../../../src/lib/links/repo-files.ts';

describe('repoFileUrl', () => {
  const root = mkdtempSync(join(tmpdir(), 'labbook-repo-'));
  mkdirSync(join(root, 'src/configs'), { recursive: true });
  writeFileSync(join(root, 'src/train script.py'), 'print(1)\n');
  writeFileSync(join(root, 'LICENSE'), 'MIT\n');
  const files = { repo: 'acme/wiki', branch: 'release/2026', root };

  it('links files as blob/ and folders as tree/, with the branch and path encoded', () => {
    expect(repoFileUrl(join(root, 'src/train script.py'), files)).toBe('https://github.com/acme/wiki/blob/release/2026/src/train%20script.py');
    expect(repoFileUrl(join(root, 'src/configs'), files)).toBe('https://github.com/acme/wiki/tree/release/2026/src/configs');
    expect(repoFileUrl(join(root, 'LICENSE'), files)).toBe('https://github.com/acme/wiki/blob/release/2026/LICENSE');
  });

  it('gives nothing for a missing file or one outside the repository', () => {
    expect(repoFileUrl(join(root, 'nope.py'), files)).toBeUndefined();
    expect(repoFileUrl(tmpdir(), files)).toBeUndefined();
  });
});
