import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { markSite, outputDirProblem } from '../../../../src/lib/safety/output-dir.ts';

function project() {
  const root = mkdtempSync(join(tmpdir(), 'labbook-outdir-'));
  const content = join(root, 'content');
  mkdirSync(join(content, 'til'), { recursive: true });
  writeFileSync(join(content, 'til/2026-11-02-a.md'), 'note');
  return { root, content };
}

describe('outputDirProblem', () => {
  it('refuses the content folder, the project, a parent of either and the file system root', () => {
    const { root, content } = project();
    const facts = (outDir: string) => outputDirProblem({ outDir, contentDir: content, projectDir: root });
    expect(facts(content)).toMatch(/is the content folder; a build replaces its output folder whole/);
    expect(facts(root)).toMatch(/holds the content folder/);
    expect(outputDirProblem({ outDir: root, contentDir: join(tmpdir(), 'elsewhere'), projectDir: root })).toMatch(/is the project/);
    expect(facts(join(root, '..'))).toMatch(/holds the content folder/);
    expect(facts('/')).toMatch(/root of the file system/);
    expect(facts(join(content, '.'))).toMatch(/is the content folder/);
  });

  it('sees through a symbolic link to the content folder', () => {
    const { root, content } = project();
    symlinkSync(content, join(root, 'out'));
    expect(outputDirProblem({ outDir: join(root, 'out'), contentDir: content, projectDir: join(root, 'app') })).toMatch(/is the content folder/);
  });

  it('allows a missing, an empty or a marked folder, and refuses any other folder', () => {
    const { root, content } = project();
    const facts = (outDir: string) => outputDirProblem({ outDir, contentDir: content, projectDir: root });
    expect(facts(join(root, 'dist'))).toBeUndefined();
    expect(facts(join(root, 'a/b/dist'))).toBeUndefined();
    mkdirSync(join(root, 'dist'));
    expect(facts(join(root, 'dist'))).toBeUndefined();
    writeFileSync(join(root, 'dist/thesis.tex'), 'a year of work');
    expect(facts(join(root, 'dist'))).toMatch(/is not empty and was not written by Labbook \(it has no .labbook-site file\)/);
    markSite(join(root, 'dist'));
    expect(facts(join(root, 'dist'))).toBeUndefined();
    writeFileSync(join(root, 'file'), 'x');
    expect(facts(join(root, 'file'))).toMatch(/is a file/);
  });
});
