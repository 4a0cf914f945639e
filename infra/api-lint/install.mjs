// Installs the pinned linter with `npm ci`, unless node_modules already matches package-lock.json.
// Run by the Maven build (generate-test-resources); plain Node, no dependencies.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const lock = join(here, 'package-lock.json');
const installed = join(here, 'node_modules', '.installed-package-lock.json');
const spectral = join(here, 'node_modules', '@stoplight', 'spectral-cli', 'dist', 'index.js');

const upToDate = existsSync(spectral) && existsSync(installed)
  && readFileSync(installed, 'utf8') === readFileSync(lock, 'utf8');
if (upToDate) {
  console.log('api-lint: node_modules matches package-lock.json, npm ci skipped');
} else {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  execFileSync(npm, ['ci', '--no-audit', '--no-fund', '--ignore-scripts', '--prefer-offline'],
    { cwd: here, stdio: 'inherit', shell: process.platform === 'win32' });
  copyFileSync(lock, installed);
}
