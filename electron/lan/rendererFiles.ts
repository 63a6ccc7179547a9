import { createReadStream, readFileSync, realpathSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { DISPLAY_BRIDGE_JS } from './displayBridge';

/**
 * What the vault PC's LAN listener serves to a browser hall display (a TV): the built
 * renderer with the display bridge, read-only, nothing outside the renderer folder.
 */
export const BRIDGE_PATH = '/display/bridge.js';
const PAGE_PATHS = new Set(['/', '/hall', '/index.html']);

/** The page's policy; the built page's own meta policy is dropped so this one alone applies. */
export const DISPLAY_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "connect-src 'self' wss:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const SECURITY_HEADERS = {
  'content-security-policy': DISPLAY_CSP,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
};

/** index.html with the bridge before the app's script, and without its meta policy. */
export function displayPage(html: string): string {
  return html
    .replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/i, '')
    .replace(/<script\b/i, `<script src="${BRIDGE_PATH}"></script>\n    <script`);
}

/** The request handler; without a renderer folder every path is 404 (the vault PC's own app). */
export function rendererFiles(dir: string | undefined) {
  const root = dir ? resolve(dir) : null;
  let page: string | null = null;
  const pageText = () => (page ??= displayPage(readFileSync(resolve(root!, 'index.html'), 'utf8')));

  return (req: IncomingMessage, res: ServerResponse): void => {
    if (req.method !== 'GET') {
      res.writeHead(405, { ...SECURITY_HEADERS, allow: 'GET' }).end();
      return;
    }
    const path = pathOf(req.url);
    if (!root || path === null) return notFound(res);
    if (path === BRIDGE_PATH) {
      return send(res, TYPES['.js']!, DISPLAY_BRIDGE_JS, 'no-store');
    }
    if (PAGE_PATHS.has(path)) {
      try {
        return send(res, TYPES['.html']!, pageText(), 'no-store');
      } catch {
        return notFound(res);
      }
    }
    const file = inside(root, path);
    if (!file) return notFound(res);
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      // Vite names the assets by their hash, so a changed file is a new name.
      'cache-control': 'public, max-age=86400',
    });
    createReadStream(file)
      .on('error', () => res.destroy())
      .pipe(res);
  };
}

function pathOf(url: string | undefined): string | null {
  try {
    return decodeURIComponent(new URL(url ?? '/', 'https://vault').pathname);
  } catch {
    return null;
  }
}

/** The file under root the path names, or null (outside it, a folder, a link out, absent). */
function inside(root: string, path: string): string | null {
  if (path.includes('\0')) return null;
  const target = resolve(root, `.${path}`);
  const rel = relative(root, target);
  if (!rel || rel.startsWith('..') || isAbsolute(rel)) return null;
  try {
    const real = realpathSync(target);
    if (!real.startsWith(realpathSync(root) + sep) || !statSync(real).isFile()) return null;
    return real;
  } catch {
    return null;
  }
}

function send(res: ServerResponse, type: string, body: string, cache: string): void {
  res.writeHead(200, { ...SECURITY_HEADERS, 'content-type': type, 'cache-control': cache });
  res.end(body);
}

function notFound(res: ServerResponse): void {
  res.writeHead(404, { ...SECURITY_HEADERS, 'content-type': 'text/plain' }).end('Not Found');
}
