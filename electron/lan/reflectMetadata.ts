/**
 * @peculiar/x509 resolves its algorithms through tsyringe, which refuses to load unless the
 * `reflect-metadata` polyfill is in place. Its own module (and, in the built main, its own
 * chunk: electron.vite.config.ts) so it is evaluated before @peculiar/x509.
 */
import 'reflect-metadata';
