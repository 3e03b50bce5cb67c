// Makes sure the e2e tests have a Chromium: Playwright's own or the distribution's. On a fresh
// Debian/Ubuntu machine as root it installs Debian's chromium; elsewhere it prints the command.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { localBrowser } from './browser.ts';

const found = localBrowser();
if (found) {
  console.log(`[labbook] Chromium for tests: ${found.executablePath ?? "Playwright's own"} (${found.source})`);
  process.exit(0);
}
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
  console.log('[labbook] No Chromium found: installing Debian\'s chromium with apt-get (about a minute)...');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  if (localBrowser()) process.exit(0);
}
console.error(
  [
    '[labbook] The browser tests need Chromium and none was found. Install one, then run npm test again:',
    '  Debian/Ubuntu:  sudo apt-get install -y chromium',
    '  elsewhere:      npx playwright install chromium',
    '  or point LABBOOK_CHROMIUM at a Chromium or Chrome executable.',
  ].join('\n'),
);
process.exit(1);
