import { describe, expect, it } from 'vitest';
import { chooseChromium, installPlan, type ChromiumProbe } from '../e2e/chromiumSource';

const PW = '/root/.cache/ms-playwright/chromium-1/chrome-linux64/chrome';

/** A machine where exactly the listed files exist. */
function machine(files: string[], over: Partial<ChromiumProbe> = {}): ChromiumProbe {
  return {
    envPath: undefined,
    exists: (p) => files.includes(p),
    playwrightPath: PW,
    isRoot: false,
    isDebian: false,
    ...over,
  };
}

describe('which Chromium the end-to-end tests use', () => {
  it('$CHROMIUM_PATH first, even when others exist', () => {
    const p = machine(['/opt/chrome', '/usr/bin/chromium', PW], { envPath: '/opt/chrome' });
    expect(chooseChromium(p)).toEqual({
      kind: 'found',
      path: '/opt/chrome',
      from: 'CHROMIUM_PATH',
    });
  });

  it('a $CHROMIUM_PATH with no file there is an error, not a silent fallback', () => {
    const p = machine(['/usr/bin/chromium'], { envPath: '/opt/none' });
    expect(chooseChromium(p)).toEqual({ kind: 'missingEnvPath', path: '/opt/none' });
  });

  it('then a system Chromium or Chrome, before playwright-core’s', () => {
    expect(chooseChromium(machine(['/usr/bin/google-chrome', PW]))).toEqual({
      kind: 'found',
      path: '/usr/bin/google-chrome',
      from: 'system',
    });
  });

  it('then the browser playwright-core installed, if its file exists', () => {
    expect(chooseChromium(machine([PW]))).toEqual({
      kind: 'found',
      path: PW,
      from: 'playwright-core',
    });
  });

  it('else installs: Debian’s package as root on Debian, playwright-core’s download otherwise', () => {
    expect(chooseChromium(machine([], { isRoot: true, isDebian: true }))).toEqual({
      kind: 'install',
      via: 'apt',
    });
    for (const over of [{ isRoot: false, isDebian: true }, { isRoot: true, isDebian: false }, {}])
      expect(chooseChromium(machine([], over))).toEqual({
        kind: 'install',
        via: 'playwright-core',
      });
    expect(chooseChromium(machine([], { playwrightPath: undefined }))).toEqual({
      kind: 'install',
      via: 'playwright-core',
    });
  });

  it('says in one line what it installs, and runs apt-get or playwright-core’s cli', () => {
    const apt = installPlan('apt', '/usr/bin/node', '/x/cli.js');
    expect(apt.say).not.toContain('\n');
    expect(apt.commands.map((c) => [c.file, ...c.args].join(' '))).toEqual([
      'apt-get update -qq',
      'apt-get install -y -qq chromium fonts-noto-cjk',
    ]);
    const pw = installPlan('playwright-core', '/usr/bin/node', '/x/cli.js');
    expect(pw.say).toContain('playwright-core install chromium');
    expect(pw.commands).toEqual([
      { file: '/usr/bin/node', args: ['/x/cli.js', 'install', 'chromium'] },
    ]);
  });
});
