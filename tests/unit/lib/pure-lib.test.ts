import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const LIB = join(import.meta.dirname, '../../../src/lib');

/** Every module of src/lib, relative to it. */
const modules = readdirSync(LIB, { recursive: true, encoding: 'utf8' }).filter((path) => path.endsWith('.ts'));

describe('src/lib holds pure rules', () => {
  it("reads neither Astro's content layer nor the site module: pages get data from src/data/", () => {
    const offenders = modules.filter((path) => /from ['"](?:astro:content|virtual:labbook\/)/.test(readFileSync(join(LIB, path), 'utf8')));
    expect(offenders).toEqual([]);
    expect(modules.length).toBeGreaterThan(50);
  });
});
