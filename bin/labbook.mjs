#!/usr/bin/env node
// Plain JavaScript that any Node >= 20 can start. The CLI itself is TypeScript without a build step:
// this file strips its types as Node loads it. Node's own type stripping can't do it, because it
// refuses every .ts file under node_modules/, which is where an installed Labbook lives.
import module, { createRequire } from 'node:module';
import { spawn, spawnSync } from 'node:child_process';
import { accessSync, constants, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageUrl = new URL('../', import.meta.url).href;
// registerHooks: Node 22.15 / 23.5; stripTypeScriptTypes: Node 22.13 / 23.2. Astro 7 needs 22.12 anyway.
const canRunHere = typeof module.registerHooks === 'function' && typeof module.stripTypeScriptTypes === 'function';

process.exitCode = canRunHere ? await runCli() : await rerunOnBundledNode();

async function runCli() {
  // stripTypeScriptTypes announces itself as experimental on every run; that line is noise to a user.
  const emitWarning = process.emitWarning;
  process.emitWarning = (warning, ...rest) => {
    if (String(warning?.message ?? warning).startsWith('stripTypeScriptTypes')) return;
    emitWarning.call(process, warning, ...rest);
  };
  module.registerHooks({
    load(url, context, nextLoad) {
      const own = url.startsWith(packageUrl) && url.endsWith('.ts') && !url.slice(packageUrl.length).includes('node_modules/');
      if (!own) return nextLoad(url, context);
      const source = readFileSync(new URL(url), 'utf8');
      return { format: 'module', source: module.stripTypeScriptTypes(source, { mode: 'strip', sourceUrl: url }), shortCircuit: true };
    },
  });
  const { run } = await import('../src/cli/index.ts');
  return run(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    now: new Date(),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    // Only a person at a terminal can be asked; a script gets an error naming the flag to pass.
    ...(process.stdin.isTTY ? { ask } : {}),
    gitConfig,
  });
}

/** One line from the terminal, after printing the question on stderr (stdout stays for results). */
async function ask(question) {
  const { createInterface } = await import('node:readline/promises');
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return await rl.question(question);
  } finally {
    rl.close();
  }
}

/** `git config --get key` in the current folder, or undefined (unset, no git). */
function gitConfig(key) {
  const result = spawnSync('git', ['config', '--get', key], { encoding: 'utf8' });
  const value = result.status === 0 ? result.stdout.trim() : '';
  return value || undefined;
}

/** On an older Node (20 on many CI images), run this same command on the Node that Labbook brings. */
async function rerunOnBundledNode() {
  const node = bundledNode();
  if (!node || node.path === process.execPath) {
    process.stderr.write(
      `labbook needs Node 22.15 or newer (this is ${process.version}), and the Node it brings (the "node" package) is not installed: ` +
        'reinstall with its install script allowed (npm install-scripts approve node), or install Node 24.\n',
    );
    return 1;
  }
  process.stderr.write(`labbook: Node ${process.version} is too old for Labbook; running on the Node ${node.version} it brings.\n`);
  const child = spawn(node.path, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  return new Promise((resolve) => child.on('exit', (code) => resolve(code ?? 1)));
}

/** The executable and version of the `node` package (a dependency of Labbook), or undefined when it is missing. */
function bundledNode() {
  try {
    const manifest = createRequire(import.meta.url).resolve('node/package.json');
    const { bin, version } = JSON.parse(readFileSync(manifest, 'utf8'));
    const path = join(dirname(manifest), bin?.node ?? 'bin/node');
    // Its install script puts the executable there; a blocked script leaves a placeholder or nothing.
    accessSync(path, constants.X_OK);
    return { path, version };
  } catch {
    return undefined;
  }
}
