// `npm start` and `npm run dev` run this first: the SQLite module for Electron's ABI into
// .electron-native/ (see electronNative.ts); the Node build in node_modules stays as it is.
import { spawnSync } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ensureElectronNative } from './electronNative';

const root = join(__dirname, '..');
const rootRequire = createRequire(join(root, 'package.json'));
const moduleDir = dirname(rootRequire.resolve('better-sqlite3-multiple-ciphers/package.json'));
// prebuild-install is the module's own dependency (its install script uses it).
const moduleRequire = createRequire(join(moduleDir, 'package.json'));
const outDir = join(root, '.electron-native');
const logFile = join(outDir, 'build.log');
// npm passes its config as npm_config_*; a nodedir meant for Node would build the wrong ABI.
const env = { ...process.env, npm_config_nodedir: '' };

const outcome = ensureElectronNative({
  electronVersion: JSON.parse(readFileSync(rootRequire.resolve('electron/package.json'), 'utf8'))
    .version,
  outDir,
  node: process.execPath,
  prebuildInstall: moduleRequire.resolve('prebuild-install/bin.js'),
  nodeGyp: rootRequire.resolve('node-gyp/bin/node-gyp.js'),
  exists: existsSync,
  read: (p) => readFileSync(p, 'utf8'),
  write: (p, text) => writeFileSync(p, text),
  copy: (from, to) => cpSync(from, to),
  prepareWork() {
    const work = join(outDir, 'build');
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work, { recursive: true });
    cpSync(moduleDir, work, {
      recursive: true,
      filter: (src) => !src.startsWith(join(moduleDir, 'build')),
    });
    return work;
  },
  removeWork: (dir) => rmSync(dir, { recursive: true, force: true }),
  // Output goes to a log, so a machine without internet sees one line, not pages of gyp.
  run(file, args, cwd) {
    const r = spawnSync(file, args, { cwd, env, encoding: 'utf8' });
    if (cwd) appendFileSync(logFile, `$ ${[file, ...args].join(' ')}\n${r.stdout}${r.stderr}\n`);
    return r.status === 0;
  },
  log: (line) => console.info(line),
});
if (outcome === 'unavailable') console.info(`(What was tried is in ${logFile}.)`);
process.exitCode = outcome === 'unavailable' ? 1 : 0;
