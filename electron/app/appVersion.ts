import { version } from '../../package.json';

/** This build's version: backups record it, and a newer backup is refused on an older app. */
export const APP_VERSION: string = version;
