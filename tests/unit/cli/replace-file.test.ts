import { chmodSync, lstatSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FileChangedError, replaceFile } from '../../../src/cli/replace-file.ts';
import { emptyDir, removeTempDirs } from './helpers.ts';

afterAll(removeTempDirs);

describe('replaceFile', () => {
  it('replaces the file, keeps its mode and leaves no temp file', () => {
    const dir = emptyDir();
    const path = join(dir, 'README.md');
    writeFileSync(path, 'old\n');
    chmodSync(path, 0o604);
    replaceFile(path, readFileSync(path), 'néw\n');
    expect(readFileSync(path, 'utf8')).toBe('néw\n');
    expect(statSync(path).mode & 0o777).toBe(0o604);
    expect(readdirSync(dir)).toEqual(['README.md']);
  });

  it('writes nothing when the file no longer holds what was read', () => {
    const dir = emptyDir();
    const path = join(dir, 'README.md');
    writeFileSync(path, 'old\n');
    const read = readFileSync(path);
    writeFileSync(path, 'edited by someone else\n');
    expect(() => replaceFile(path, read, 'new\n')).toThrow(FileChangedError);
    expect(readFileSync(path, 'utf8')).toBe('edited by someone else\n');
    expect(readdirSync(dir)).toEqual(['README.md']);
  });

  it('replaces the file a symbolic link points to, and keeps the link', () => {
    const dir = emptyDir();
    writeFileSync(join(dir, 'real.md'), 'old\n');
    symlinkSync('real.md', join(dir, 'link.md'));
    replaceFile(join(dir, 'link.md'), Buffer.from('old\n'), 'new\n');
    expect(lstatSync(join(dir, 'link.md')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'real.md'), 'utf8')).toBe('new\n');
    expect(readdirSync(dir).sort()).toEqual(['link.md', 'real.md']);
  });
});
