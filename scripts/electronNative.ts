import { join } from 'node:path';

/**
 * Gets the SQLite module built for Electron's ABI into .electron-native/, apart from the
 * Node build the tests load. A reception PC has no C++ toolchain, so the prebuilt binary
 * the module publishes for this Electron comes first (prebuild-install, run in a copy of
 * the module so node_modules stays as it is); it compiles only when none can be had.
 * Everything that touches the disk, the network or a process is passed in, so the
 * decisions are tested without either (tests/main/electronNative.test.ts).
 */
export interface NativeDeps {
  electronVersion: string;
  outDir: string;
  node: string;
  prebuildInstall: string;
  nodeGyp: string;
  exists(path: string): boolean;
  read(path: string): string;
  write(path: string, text: string): void;
  copy(from: string, to: string): void;
  /** A fresh copy of the module's sources to build in; returns its folder. */
  prepareWork(): string;
  removeWork(dir: string): void;
  /** Runs a program; true when it exits 0. */
  run(file: string, args: string[], cwd?: string): boolean;
  log(line: string): void;
}

export type NativeOutcome = 'upToDate' | 'prebuilt' | 'compiled' | 'unavailable';

const TOOLCHAIN: [string, string[]][] = [
  ['python3', ['--version']],
  ['make', ['--version']],
  ['c++', ['--version']],
];

export function unavailableLine(electronVersion: string): string {
  return (
    `The SQLite module for Electron ${electronVersion} could not be had: \`npm start\` needs internet ` +
    'once (for the prebuilt binary, or for Electron’s headers and python3, make and a C++ compiler ' +
    'to build it). `npm run harness` runs the app in a browser without it.'
  );
}

export function ensureElectronNative(d: NativeDeps, platform = process.platform): NativeOutcome {
  const target = join(d.outDir, 'better_sqlite3.node');
  const stamp = join(d.outDir, 'electron-version.txt');
  if (d.exists(target) && d.exists(stamp) && d.read(stamp).trim() === d.electronVersion)
    return 'upToDate';
  const work = d.prepareWork();
  try {
    const built = join(work, 'build', 'Release', 'better_sqlite3.node');
    const electron = ['--runtime', 'electron', '--target', d.electronVersion];
    let outcome: NativeOutcome = 'prebuilt';
    d.log(`Fetching the SQLite module prebuilt for Electron ${d.electronVersion}…`);
    if (!(d.run(d.node, [d.prebuildInstall, ...electron], work) && d.exists(built))) {
      // Windows builds with Visual Studio, which node-gyp finds itself.
      const tools = platform === 'win32' || TOOLCHAIN.every(([f, a]) => d.run(f, a));
      d.log(
        `No prebuilt binary could be fetched; compiling it for Electron ${d.electronVersion} (about a minute)…`,
      );
      const gyp = ['rebuild', '--release', `--target=${d.electronVersion}`, '--runtime=electron'];
      const dist = '--dist-url=https://electronjs.org/headers';
      if (!tools || !(d.run(d.node, [d.nodeGyp, ...gyp, dist], work) && d.exists(built))) {
        d.log(unavailableLine(d.electronVersion));
        return 'unavailable';
      }
      outcome = 'compiled';
    }
    d.copy(built, target);
    d.write(stamp, d.electronVersion);
    d.log(`Electron build of the SQLite module: ${target}`);
    return outcome;
  } finally {
    d.removeWork(work);
  }
}
