#!/usr/bin/env node
// Builds the SQLite module a second time, against Electron's headers, into
// .electron-native/. The Node build in node_modules stays as it is, so `npm test`
// keeps working after `npm start`. Needs internet once (Electron headers).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const electronVersion = JSON.parse(
  readFileSync(require.resolve('electron/package.json'), 'utf8'),
).version;
const outDir = join(root, '.electron-native');
const target = join(outDir, 'better_sqlite3.node');
const stamp = join(outDir, 'electron-version.txt');

if (
  existsSync(target) &&
  existsSync(stamp) &&
  readFileSync(stamp, 'utf8').trim() === electronVersion
) {
  process.exit(0);
}

const moduleDir = dirname(require.resolve('better-sqlite3-multiple-ciphers/package.json'));
const work = join(outDir, 'build');
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
cpSync(moduleDir, work, {
  recursive: true,
  filter: (src) => !src.startsWith(join(moduleDir, 'build')),
});

console.info(`Building the SQLite module for Electron ${electronVersion} (about a minute)…`);
const gyp = require.resolve('node-gyp/bin/node-gyp.js');
execFileSync(
  process.execPath,
  [
    gyp,
    'rebuild',
    '--release',
    `--target=${electronVersion}`,
    '--dist-url=https://electronjs.org/headers',
    '--runtime=electron',
  ],
  { cwd: work, stdio: 'inherit', env: { ...process.env, npm_config_nodedir: '' } },
);
cpSync(join(work, 'build', 'Release', 'better_sqlite3.node'), target);
rmSync(work, { recursive: true, force: true });
writeFileSync(stamp, electronVersion);
console.info(`Electron build of the SQLite module: ${target}`);
