/**
 * The end-to-end tests drive the system's Chromium (Playwright's own browser download cannot
 * reach its host from these machines). Installs Debian's chromium when it is missing and we
 * can; otherwise says exactly what to do.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM_PATH } from './browser';

function canInstallWithApt(): boolean {
  return (
    process.getuid?.() === 0 &&
    spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0
  );
}

if (!existsSync(CHROMIUM_PATH)) {
  if (!process.env.CHROMIUM_PATH && canInstallWithApt()) {
    console.log('Chromium is missing: installing Debian’s chromium package (apt-get)…');
    const steps = ['apt-get update', 'DEBIAN_FRONTEND=noninteractive apt-get install -y chromium'];
    for (const step of steps) {
      if (spawnSync('sh', ['-c', step], { stdio: 'inherit' }).status !== 0) {
        console.error(`"${step}" failed.`);
        process.exit(1);
      }
    }
  } else {
    console.error(
      [
        `The end-to-end tests need Chromium, and there is none at ${CHROMIUM_PATH}.`,
        'Install it, then run the tests again:',
        '  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium',
        '  elsewhere:      install Chromium or Chrome and set CHROMIUM_PATH=/path/to/the/browser',
      ].join('\n'),
    );
    process.exit(1);
  }
}
