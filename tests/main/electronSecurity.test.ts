import { describe, expect, it } from 'vitest';
import {
  guardContents,
  guardPermissions,
  isAllowedNavigation,
  mainWindowOptions,
  PRODUCTION_CSP,
} from '../../electron/main/security';
import { SafeStorageKeyProvider } from '../../electron/main/safeStorageProvider';

type RequestHandler = (
  contents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
  details: object,
) => void;
type CheckHandler = (
  contents: unknown,
  permission: string,
  origin: string,
  details: object,
) => boolean;

describe('Electron hardening', () => {
  it('the window isolates the renderer from Node', () => {
    const prefs = mainWindowOptions('/app/preload/index.js').webPreferences!;
    expect(prefs).toMatchObject({
      preload: '/app/preload/index.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('the CSP allows only the app itself to run scripts', () => {
    const directives = Object.fromEntries(
      PRODUCTION_CSP.split('; ').map((d) => [d.split(' ')[0], d]),
    );
    expect(directives['default-src']).toBe("default-src 'self'");
    expect(directives['script-src']).toBe("script-src 'self'");
    expect(PRODUCTION_CSP).not.toMatch(/unsafe-eval/);
    expect(directives['object-src']).toBe("object-src 'none'");
  });

  it('navigation stays on the app page', () => {
    const app = 'file:///opt/deskbook/out/renderer/index.html';
    expect(isAllowedNavigation('file:///opt/deskbook/out/renderer/index.html#/staff', app)).toBe(
      true,
    );
    expect(isAllowedNavigation('file:///etc/passwd', app)).toBe(false);
    expect(isAllowedNavigation('https://example.com/', app)).toBe(false);
    expect(isAllowedNavigation('http://localhost:5173/x', 'http://localhost:5173/')).toBe(true);
    expect(isAllowedNavigation('http://localhost:5174/', 'http://localhost:5173/')).toBe(false);
    expect(isAllowedNavigation('not a url', app)).toBe(false);
  });

  it('new windows, foreign navigation and webviews are refused', () => {
    const handlers: Record<string, (event: { preventDefault(): void }, url?: string) => void> = {};
    let openHandler: (() => { action: string }) | null = null;
    const contents = {
      setWindowOpenHandler: (h: () => { action: string }) => (openHandler = h),
      on: (name: string, h: (typeof handlers)[string]) => {
        handlers[name] = h;
        return contents;
      },
    };
    guardContents(contents as never, () => 'file:///app/index.html');
    expect(openHandler!()).toEqual({ action: 'deny' });
    let prevented = 0;
    const event = { preventDefault: () => (prevented += 1) };
    handlers['will-navigate']!(event, 'https://evil.example/');
    handlers['will-navigate']!(event, 'file:///app/index.html');
    handlers['will-redirect']!(event, 'https://evil.example/');
    handlers['will-attach-webview']!(event);
    expect(prevented).toBe(3);
  });

  it('permissions: only video for the camera, only from the app page', () => {
    const app = 'file:///opt/deskbook/out/renderer/index.html';
    let request: RequestHandler | null = null;
    let check: CheckHandler | null = null;
    guardPermissions(
      {
        setPermissionRequestHandler: (h: RequestHandler) => (request = h),
        setPermissionCheckHandler: (h: CheckHandler) => (check = h),
      } as never,
      () => app,
    );
    const page = { getURL: () => `${app}#/desk` };
    const asks = (permission: string, details: object, contents: object | null = page) => {
      let granted: boolean | null = null;
      request!(contents, permission, (g) => (granted = g), {
        isMainFrame: true,
        requestingUrl: `${app}#/desk`,
        ...details,
      });
      return granted;
    };
    expect(asks('media', { mediaTypes: ['video'] })).toBe(true);
    expect(asks('media', { mediaTypes: ['audio'] })).toBe(false);
    expect(asks('media', { mediaTypes: ['video', 'audio'] })).toBe(false);
    expect(asks('media', { mediaTypes: [] })).toBe(false);
    expect(asks('media', {})).toBe(false);
    expect(asks('display-capture', { mediaTypes: ['video'] })).toBe(false);
    expect(asks('media', { mediaTypes: ['video'], isMainFrame: false })).toBe(false);
    expect(asks('media', { mediaTypes: ['video'], requestingUrl: 'https://evil.example/' })).toBe(
      false,
    );
    expect(asks('media', { mediaTypes: ['video'], requestingUrl: 'file:///tmp/x.html' })).toBe(
      false,
    );
    const elsewhere = { getURL: () => 'https://evil.example/' };
    expect(asks('media', { mediaTypes: ['video'] }, elsewhere)).toBe(false);
    for (const other of ['geolocation', 'notifications', 'clipboard-read', 'midi', 'openExternal'])
      expect(asks(other, { mediaTypes: ['video'] })).toBe(false);

    const own = { isMainFrame: true, requestingUrl: app };
    expect(check!(page, 'media', 'file:///', { ...own, mediaType: 'video' })).toBe(true);
    expect(check!(page, 'media', 'file:///', { ...own, mediaType: 'audio' })).toBe(false);
    expect(check!(null, 'media', 'file:///', { ...own, mediaType: 'video' })).toBe(false);
    expect(
      check!(page, 'media', 'https://evil.example', {
        isMainFrame: true,
        requestingUrl: 'https://evil.example/',
        mediaType: 'video',
      }),
    ).toBe(false);
    expect(check!(page, 'geolocation', 'file:///', own)).toBe(false);
    expect(check!(page, 'notifications', 'file:///', own)).toBe(false);
  });

  it('refuses Linux safeStorage without a keyring', () => {
    const weak = {
      isEncryptionAvailable: () => true,
      getSelectedStorageBackend: () => 'basic_text',
      encryptString: (s: string) => Buffer.from(s),
      decryptString: (b: Buffer) => b.toString(),
    };
    expect(() => new SafeStorageKeyProvider(weak as never, 'linux').seal(Buffer.alloc(32))).toThrow(
      /basic_text/,
    );
    const strong = { ...weak, getSelectedStorageBackend: () => 'gnome_libsecret' };
    const p = new SafeStorageKeyProvider(strong as never, 'linux');
    expect(p.unseal(p.seal(Buffer.alloc(32, 7)))).toEqual(Buffer.alloc(32, 7));
  });
});
