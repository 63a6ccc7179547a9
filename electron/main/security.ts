import type { BrowserWindowConstructorOptions, Session, WebContents } from 'electron';

/**
 * Production CSP. Mantine writes CSS variables into style elements, hence the one
 * concession 'unsafe-inline' for styles; scripts come only from the app itself.
 */
export const PRODUCTION_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  // The Excel reader of the import screen parses large sheets in a worker it builds from a blob.
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** Dev only: Vite's React refresh preamble is an inline script talking to a websocket. */
export const DEV_CSP = PRODUCTION_CSP.replace(
  "script-src 'self'",
  "script-src 'self' 'unsafe-inline'",
).replace("connect-src 'self'", "connect-src 'self' ws://localhost:* http://localhost:*");

export function mainWindowOptions(
  preloadPath: string,
  icon?: string,
): BrowserWindowConstructorOptions {
  return {
    ...(icon ? { icon } : {}),
    width: 1366,
    height: 860,
    minWidth: 1024,
    minHeight: 680,
    show: false,
    title: 'Deskbook',
    autoHideMenuBar: true,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      devTools: process.env.NODE_ENV === 'development',
    },
  };
}

/** Only the app's own pages: same protocol and host as the page the window was given. */
export function isAllowedNavigation(target: string, appUrl: string): boolean {
  try {
    const to = new URL(target);
    const app = new URL(appUrl);
    if (to.protocol !== app.protocol) return false;
    if (to.protocol === 'file:') return to.pathname === app.pathname;
    return to.origin === app.origin;
  } catch {
    return false;
  }
}

type Guardable = Pick<WebContents, 'setWindowOpenHandler' | 'on'>;

/** No new windows, no navigation away, no webviews. */
export function guardContents(contents: Guardable, appUrl: () => string): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event, url) => {
    if (!isAllowedNavigation(url, appUrl())) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAllowedNavigation(url, appUrl())) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

type Guardable2 = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>;

type Asker = Pick<WebContents, 'getURL'> | null;

/**
 * The app's own page asking from its top frame (as the relay trusts its senders): both the
 * frame's URL and the window's are the app page.
 */
function isOwnPage(contents: Asker, url: string | undefined, mainFrame: boolean, appUrl: string) {
  if (!contents || !mainFrame || !url) return false;
  return isAllowedNavigation(url, appUrl) && isAllowedNavigation(contents.getURL(), appUrl);
}

/**
 * The desk's webcam for a member's photo is the one permission: `media`, video only, asked by
 * the app's own top frame. Microphone, screen capture, geolocation, notifications, other
 * pages or frames: refused.
 */
export function guardPermissions(session: Guardable2, appUrl: () => string): void {
  session.setPermissionRequestHandler((contents, permission, callback, details) => {
    const media = details as { mediaTypes?: string[] };
    const videoOnly = media.mediaTypes?.length === 1 && media.mediaTypes[0] === 'video';
    callback(
      permission === 'media' &&
        videoOnly &&
        isOwnPage(contents, details.requestingUrl, details.isMainFrame, appUrl()),
    );
  });
  session.setPermissionCheckHandler((contents, permission, _origin, details) => {
    if (permission !== 'media' || details.mediaType !== 'video') return false;
    return isOwnPage(contents, details.requestingUrl, details.isMainFrame, appUrl());
  });
}
