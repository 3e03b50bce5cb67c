// node scripts/bench/cpu-profile.ts <file.cpuprofile> [top]
// Where a build's CPU time went, from a `node --cpu-prof` profile: self time by package (or by file
// for the project's own code) and the heaviest functions. A reading aid for docs/performance.md.
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** `shiki`, `@astrojs/mdx`, `src/data/wiki.ts`, `node:internal`... : who owns a script URL. */
export function owner(url: string): string {
  if (!url) return '(native / idle / gc)';
  const nm = url.lastIndexOf('/node_modules/');
  if (nm >= 0) {
    const parts = url.slice(nm + '/node_modules/'.length).split('/');
    return parts[0]?.startsWith('@') ? `${parts[0]}/${parts[1]}` : (parts[0] ?? url);
  }
  if (url.startsWith('node:')) return 'node:internal';
  const src = url.indexOf('/src/');
  return src >= 0 ? url.slice(src + 1).replace(/\?.*$/, '') : url;
}

const [file, topArg] = process.argv.slice(2);
if (!file) {
  console.error('usage: node scripts/bench/cpu-profile.ts <file.cpuprofile> [top]');
  process.exit(2);
}
const top = Number(topArg ?? 25);
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const selfMs = new Map<number, number>();
profile.samples.forEach((id, i) => selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
const total = [...selfMs.values()].reduce((a, b) => a + b, 0);
const byOwner = new Map<string, number>();
const byFunction = new Map<string, number>();
for (const node of profile.nodes) {
  const ms = selfMs.get(node.id) ?? 0;
  const who = owner(node.callFrame.url);
  byOwner.set(who, (byOwner.get(who) ?? 0) + ms);
  const fn = `${node.callFrame.functionName || '(anonymous)'} ${who}:${node.callFrame.lineNumber + 1}`;
  byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms);
}
const print = (title: string, map: Map<string, number>) => {
  console.log(`\n${title}`);
  for (const [k, ms] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`  ${(ms / 1000).toFixed(2).padStart(7)} s ${((ms / total) * 100).toFixed(1).padStart(5)}%  ${k}`);
  }
};
console.log(`profile: ${(total / 1000).toFixed(1)} s sampled`);
print('self time by owner', byOwner);
print('self time by function', byFunction);
