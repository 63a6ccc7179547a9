import type { Language } from '../contract/views';
import { en, type MessageKey } from './en';
import { zhCN } from './zh-CN';
import { choosePlurals } from './plural';

export type { MessageKey };
export type Params = Record<string, string | number>;

export const catalogues: Record<Language, Record<MessageKey, string>> = { en, 'zh-CN': zhCN };
export const LANGUAGES: Language[] = ['zh-CN', 'en'];

export function hasMessage(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(en, key);
}

export function translate(lang: Language, key: MessageKey, params?: Params): string {
  const stored = catalogues[lang][key] ?? en[key];
  if (!params) return stored;
  // Plural forms first: a chosen form may hold other placeholders, filled below.
  const template = stored.includes(', plural,') ? choosePlurals(lang, stored, params) : stored;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    params[name] === undefined ? whole : String(params[name]),
  );
}

/** zh-CN for Chinese system locales, English otherwise. */
export function languageFromLocale(locale: string | undefined): Language {
  return locale?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}
