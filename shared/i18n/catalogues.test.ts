import { describe, expect, it } from 'vitest';
import { en } from './en';
import { zhCN } from './zh-CN';
import { languageFromLocale, translate } from './index';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogues', () => {
  it('zh-CN and en have exactly the same keys', () => {
    const enKeys = Object.keys(en).sort();
    const zhKeys = Object.keys(zhCN).sort();
    expect(
      zhKeys.filter((k) => !enKeys.includes(k)),
      'only in zh-CN',
    ).toEqual([]);
    expect(
      enKeys.filter((k) => !zhKeys.includes(k)),
      'missing in zh-CN',
    ).toEqual([]);
  });

  it('no message is empty, and both use the same placeholders', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(en[key].trim(), key).not.toBe('');
      expect(zhCN[key].trim(), key).not.toBe('');
      expect(placeholders(zhCN[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it('zh-CN uses full-width punctuation next to Chinese text', () => {
    const halfWidth = /[\u4e00-\u9fff”）][,;:?!]|[,;:?!][\u4e00-\u9fff“（]/;
    const wrong = Object.entries(zhCN).filter(([, text]) => halfWidth.test(text));
    expect(wrong).toEqual([]);
  });

  it('fills placeholders and picks the language from the locale', () => {
    expect(translate('en', 'staff.created', { name: '王芳' })).toBe('王芳 can now sign in.');
    expect(translate('zh-CN', 'staff.created', { name: '王芳' })).toBe('王芳 现在可以登录了。');
    expect(languageFromLocale('zh-TW')).toBe('zh-CN');
    expect(languageFromLocale('de-DE')).toBe('en');
  });
});

describe('labels for the audit viewer', () => {
  it('every audited channel and system action has a label', async () => {
    const { contract } = await import('../contract');
    const audited = Object.entries(contract)
      .filter(([, def]) => def.audit)
      .map(([name]) => name);
    const missing = [...audited, 'auth.autoLock'].filter((a) => !(`audit.action.${a}` in en));
    expect(missing).toEqual([]);
  });
});
