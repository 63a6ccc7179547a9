import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureElectronNative, type NativeDeps } from '../../scripts/electronNative';

const OUT = '/app/.electron-native';
const WORK = '/app/.electron-native/build';
const BUILT = join(WORK, 'build', 'Release', 'better_sqlite3.node');

/**
 * A machine as a set of files and the programs that succeed on it. A program that
 * "succeeds" at building leaves the .node file where a real one would.
 */
function machine(o: { files?: Record<string, string>; works?: string[] } = {}) {
  const files = new Map(Object.entries(o.files ?? {}));
  const ran: string[] = [];
  const lines: string[] = [];
  const works = new Set(o.works ?? []);
  const deps: NativeDeps = {
    electronVersion: '45.4.1',
    outDir: OUT,
    node: 'node',
    prebuildInstall: 'prebuild-install',
    nodeGyp: 'node-gyp',
    exists: (p) => files.has(p),
    read: (p) => files.get(p)!,
    write: (p, t) => void files.set(p, t),
    copy: (from, to) => void files.set(to, files.get(from)!),
    prepareWork: () => WORK,
    removeWork: () => files.delete(BUILT),
    run(file, args) {
      const tool = file === 'node' ? args[0]! : file;
      ran.push([tool, ...(file === 'node' ? args.slice(1) : args)].join(' '));
      if (!works.has(tool)) return false;
      if (file === 'node') files.set(BUILT, `${tool} binary`);
      return true;
    },
    log: (line) => void lines.push(line),
  };
  return { deps, files, ran, lines };
}

const TOOLCHAIN = ['python3', 'make', 'c++'];

describe('npm start: the SQLite module for Electron', () => {
  it('does nothing when the build for this Electron is there', () => {
    const m = machine({
      files: { [`${OUT}/better_sqlite3.node`]: 'x', [`${OUT}/electron-version.txt`]: '45.4.1\n' },
    });
    expect(ensureElectronNative(m.deps, 'linux')).toBe('upToDate');
    expect(m.ran).toEqual([]);
  });

  it('takes the prebuilt binary for the Electron runtime first and compiles nothing', () => {
    const m = machine({
      files: { [`${OUT}/better_sqlite3.node`]: 'old', [`${OUT}/electron-version.txt`]: '44.0.0' },
      works: ['prebuild-install', 'node-gyp', ...TOOLCHAIN],
    });
    expect(ensureElectronNative(m.deps, 'linux')).toBe('prebuilt');
    expect(m.ran).toEqual(['prebuild-install --runtime electron --target 45.4.1']);
    expect(m.files.get(`${OUT}/better_sqlite3.node`)).toBe('prebuild-install binary');
    expect(m.files.get(`${OUT}/electron-version.txt`)).toBe('45.4.1');
  });

  it('compiles against Electron’s headers only when no prebuilt binary can be had', () => {
    const m = machine({ works: ['node-gyp', ...TOOLCHAIN] });
    expect(ensureElectronNative(m.deps, 'linux')).toBe('compiled');
    expect(m.ran[0]).toBe('prebuild-install --runtime electron --target 45.4.1');
    expect(m.ran.at(-1)).toBe(
      'node-gyp rebuild --release --target=45.4.1 --runtime=electron --dist-url=https://electronjs.org/headers',
    );
    expect(m.files.get(`${OUT}/better_sqlite3.node`)).toBe('node-gyp binary');
  });

  it('without a toolchain it does not try to compile, and says in one line what it needs', () => {
    const m = machine({ works: ['python3'] });
    expect(ensureElectronNative(m.deps, 'linux')).toBe('unavailable');
    expect(m.ran.some((r) => r.startsWith('node-gyp'))).toBe(false);
    expect(m.files.has(`${OUT}/better_sqlite3.node`)).toBe(false);
    const last = m.lines.at(-1)!;
    expect(last).not.toContain('\n');
    expect(last).toMatch(/internet/);
    expect(last).toContain('npm run harness');
  });

  it('offline (nothing downloads, so the compile fails too) it gives the same line', () => {
    const m = machine({ works: TOOLCHAIN });
    expect(ensureElectronNative(m.deps, 'linux')).toBe('unavailable');
    expect(m.ran.at(-1)).toMatch(/^node-gyp rebuild/);
    expect(m.lines.at(-1)).toContain('npm run harness');
    expect(m.files.has(`${OUT}/electron-version.txt`)).toBe(false);
  });
});
