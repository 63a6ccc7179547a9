import { describe, expect, it } from 'vitest';
import { en } from './en';
import { zhCN } from './zh-CN';
import { LANGUAGES, catalogues, languageFromLocale, translate } from './index';
import { pluralBlocks, pluralCategories } from './plural';

/** Every runtime value a message uses: plain `{name}`s and the numbers plurals choose by. */
function placeholders(text: string): string[] {
  const blocks = pluralBlocks(text);
  const plain = blocks.reduceRight(
    (t, b) => t.slice(0, b.start) + Object.values(b.forms).join(' ') + t.slice(b.end),
    text,
  );
  const names = [...plain.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
  return [...new Set([...names, ...blocks.map((b) => b.name)])].sort();
}

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

  it("every plural has the forms its language's rules need (en: one, other; zh-CN: other)", () => {
    for (const lang of LANGUAGES) {
      const needed = pluralCategories(lang);
      for (const [key, text] of Object.entries(catalogues[lang])) {
        for (const block of pluralBlocks(text))
          expect(Object.keys(block.forms), `${lang} ${key}`).toEqual(
            expect.arrayContaining(needed),
          );
      }
    }
    expect(pluralCategories('en')).toEqual(['one', 'other']);
    expect(pluralCategories('zh-CN')).toEqual(['other']);
  });

  it('no English message puts a count of 1 before a plural noun', () => {
    // Every placeholder as 1: "1 payments" or "1 people" means a plural form is missing.
    // The noun is one of the next three words, before "with/of/on". Words after a name
    // ("{name} has …") are verbs, not nouns; "1 s" is an abbreviation.
    const notNouns = new Set(['is', 'has', 'was', 'this', 'confirms', 'opened', 'needs']);
    const wrong = Object.entries(en).filter(([key]) => {
      const values = Object.fromEntries(
        placeholders(en[key as keyof typeof en]).map((p) => [p, 1]),
      );
      const text = translate('en', key as keyof typeof en, values);
      return [...text.matchAll(/\b1 (?:(?!with |of |on )[a-z-]+ ){0,2}([a-z-]+)\b/gi)].some(
        ([, word]) => /..(s|people)$/.test(word!) && !notNouns.has(word!.toLowerCase()),
      );
    });
    expect(wrong.map(([key]) => key)).toEqual([]);
  });

  it('English uses straight apostrophes and quotes', () => {
    // The theme's first installed font may be a CJK one (Noto Sans CJK SC on Linux, YaHei):
    // it draws ’ ‘ “ ” full width, so "shift’s" reads "shift’ s".
    const curly = Object.entries(en).filter(([, text]) => /[‘’“”]/.test(text));
    expect(curly.map(([key]) => key)).toEqual([]);
  });

  it('chooses the plural form by count', () => {
    expect(translate('en', 'errors.attemptsLeft', { count: 1 })).toBe(
      '1 attempt left before the account has to wait.',
    );
    expect(translate('en', 'errors.attemptsLeft', { count: 2 })).toMatch(/^2 attempts left/);
    expect(translate('en', 'handover.cash.payments', { count: 1 })).toBe('1 payment');
    expect(translate('en', 'handover.cash.payments', { count: 0 })).toBe('0 payments');
    expect(translate('en', 'handover.in.progress', { done: 1, total: 1 })).toBe(
      '1 of 1 section checked',
    );
    expect(translate('zh-CN', 'handover.cash.payments', { count: 1 })).toBe(
      zhCN['handover.cash.payments'].replace('{count}', '1'),
    );
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
    const missing = [
      ...audited,
      'auth.autoLock',
      'complaints.autoEscalate',
      'complaints.export.end',
      'stations.pair',
      'lan.identityCreated',
    ].filter((a) => !(`audit.action.${a}` in en));
    expect(missing).toEqual([]);
  });
});
