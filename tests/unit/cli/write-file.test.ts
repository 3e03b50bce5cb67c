import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FileExistsError, writeNewFile } from '../../../src/cli/write-file.ts';
import { emptyDir, removeTempDirs } from './helpers.ts';

afterAll(removeTempDirs);

const writeFileModule = resolve(import.meta.dirname, '../../../src/cli/write-file.ts');

describe('writeNewFile', () => {
  it('creates missing folders and leaves no temp file behind', () => {
    const dir = emptyDir();
    const target = join(dir, 'a', 'b', 'note.md');
    writeNewFile(target, 'héllo\n');
    expect(readFileSync(target, 'utf8')).toBe('héllo\n');
    expect(readdirSync(join(dir, 'a', 'b'))).toEqual(['note.md']);
  });

  it('throws FileExistsError and keeps the existing file as it was', () => {
    const dir = emptyDir();
    const target = join(dir, 'note.md');
    writeFileSync(target, 'mine\n');
    expect(() => writeNewFile(target, 'theirs\n')).toThrow(FileExistsError);
    expect(readFileSync(target, 'utf8')).toBe('mine\n');
    expect(readdirSync(dir)).toEqual(['note.md']);
  });

  it('lets exactly one of several processes racing for the same file win, with its whole content', async () => {
    const dir = emptyDir();
    const target = join(dir, 'til', 'race.md');
    const writer = (i: number) =>
      new Promise<string>((done, fail) => {
        const script = `
          import { writeNewFile } from ${JSON.stringify(writeFileModule)};
          try { writeNewFile(${JSON.stringify(target)}, 'writer ${i}\\n'.repeat(10000)); process.stdout.write('won'); }
          catch (error) { process.stdout.write(error.name); }`;
        const child = spawn(process.execPath, ['--input-type=module', '-e', script]);
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
        child.on('error', fail);
        child.on('close', () => done(out));
      });
    const results = await Promise.all(Array.from({ length: 6 }, (_, i) => writer(i)));
    expect(results.filter((r) => r === 'won')).toHaveLength(1);
    expect(results.filter((r) => r === 'FileExistsError')).toHaveLength(5);
    const winner = results.indexOf('won');
    expect(readFileSync(target, 'utf8')).toBe(`writer ${winner}\n`.repeat(10000));
    expect(readdirSync(join(dir, 'til'))).toEqual(['race.md']);
  });
});
