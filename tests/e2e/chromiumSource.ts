/**
 * Where the end-to-end tests get a Chromium, decided from what exists. Pure: the file
 * checks and the playwright-core path are passed in, so the choice is tested without
 * installing anything (tests/main/chromiumSource.test.ts).
 */
export const SYSTEM_CHROMIUMS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

export interface ChromiumProbe {
  /** $CHROMIUM_PATH */
  envPath: string | undefined;
  exists(path: string): boolean;
  /** playwright-core's `chromium.executablePath()`; undefined when it has none for this OS. */
  playwrightPath: string | undefined;
  isRoot: boolean;
  isDebian: boolean;
}

export type ChromiumChoice =
  | { kind: 'found'; path: string; from: 'CHROMIUM_PATH' | 'system' | 'playwright-core' }
  | { kind: 'missingEnvPath'; path: string }
  | { kind: 'install'; via: 'apt' | 'playwright-core' };

export function chooseChromium(p: ChromiumProbe): ChromiumChoice {
  if (p.envPath) {
    return p.exists(p.envPath)
      ? { kind: 'found', path: p.envPath, from: 'CHROMIUM_PATH' }
      : { kind: 'missingEnvPath', path: p.envPath };
  }
  const system = SYSTEM_CHROMIUMS.find((c) => p.exists(c));
  if (system) return { kind: 'found', path: system, from: 'system' };
  if (p.playwrightPath && p.exists(p.playwrightPath))
    return { kind: 'found', path: p.playwrightPath, from: 'playwright-core' };
  // Debian's package brings the system libraries Chromium needs; playwright's download
  // does not, so it is the choice only where apt cannot be used.
  return { kind: 'install', via: p.isRoot && p.isDebian ? 'apt' : 'playwright-core' };
}

export interface Command {
  file: string;
  args: string[];
  env?: Record<string, string>;
}

/** The commands that install a Chromium, and the one line that says what is happening. */
export function installPlan(
  via: 'apt' | 'playwright-core',
  node: string,
  playwrightCli: string,
): { say: string; commands: Command[] } {
  if (via === 'apt') {
    const env = { DEBIAN_FRONTEND: 'noninteractive' };
    return {
      say: 'No Chromium for the end-to-end tests: installing Debian’s chromium and fonts-noto-cjk with apt-get…',
      commands: [
        { file: 'apt-get', args: ['update', '-qq'], env },
        { file: 'apt-get', args: ['install', '-y', '-qq', 'chromium', 'fonts-noto-cjk'], env },
      ],
    };
  }
  return {
    say: 'No Chromium for the end-to-end tests: downloading one with `playwright-core install chromium`…',
    commands: [{ file: node, args: [playwrightCli, 'install', 'chromium'] }],
  };
}
