#!/usr/bin/env node
// The CLI is TypeScript run by Node's own type stripping: no build step, but Node >= 22.18.
if (!process.features.typescript) {
  process.stderr.write(
    `labbook needs Node 22.18 or newer to run TypeScript (this is ${process.version}); run it with npx labbook.\n`,
  );
  process.exit(1);
}
const { run } = await import('../src/cli/index.ts');
process.exitCode = await run(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  now: new Date(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
