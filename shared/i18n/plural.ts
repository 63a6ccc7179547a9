import type { Language } from '../contract/views';

/**
 * Plural forms inside a message, an ICU subset: `{count, plural, one {# payment} other {#
 * payments}}`. The form is picked by the language's Intl.PluralRules (English needs one and
 * other, Chinese only other, so a zh-CN message simply writes `{count}`); `#` is the number.
 * One key per message keeps MessageKey and every call site unchanged.
 */
export interface PluralBlock {
  name: string;
  forms: Record<string, string>;
  start: number;
  end: number;
}

const OPENING = /\{(\w+),\s*plural,/g;

/** The text inside balanced braces starting at `open` (a `{`), and the index after it. */
function braced(text: string, open: number): { body: string; next: number } {
  let depth = 0;
  for (let i = open; i < text.length; i += 1) {
    if (text[i] === '{') depth += 1;
    else if (text[i] === '}' && --depth === 0)
      return { body: text.slice(open + 1, i), next: i + 1 };
  }
  throw new Error(`unbalanced plural in: ${text}`);
}

function parseForms(text: string, from: number): { forms: Record<string, string>; end: number } {
  const forms: Record<string, string> = {};
  let i = from;
  for (;;) {
    const m = /^\s*(=\d+|zero|one|two|few|many|other)\s*\{|^\s*\}/.exec(text.slice(i));
    if (!m) throw new Error(`bad plural form in: ${text}`);
    if (!m[1]) return { forms, end: i + m[0].length };
    const { body, next } = braced(text, i + m[0].length - 1);
    forms[m[1]] = body;
    i = next;
  }
}

export function pluralBlocks(text: string): PluralBlock[] {
  const blocks: PluralBlock[] = [];
  for (const m of text.matchAll(OPENING)) {
    const { forms, end } = parseForms(text, m.index + m[0].length);
    blocks.push({ name: m[1]!, forms, start: m.index, end });
  }
  return blocks;
}

const rules = new Map<Language, Intl.PluralRules>();
function rulesFor(lang: Language): Intl.PluralRules {
  if (!rules.has(lang)) rules.set(lang, new Intl.PluralRules(lang));
  return rules.get(lang)!;
}

/** The categories a language's rules can ask for (en: one, other; zh-CN: other). */
export function pluralCategories(lang: Language): string[] {
  return rulesFor(lang).resolvedOptions().pluralCategories;
}

/** Replaces each plural block by the form for its number; `#` becomes the number. */
export function choosePlurals(
  lang: Language,
  text: string,
  params: Record<string, string | number>,
): string {
  const blocks = pluralBlocks(text);
  let out = text;
  for (const b of blocks.reverse()) {
    const value = Number(params[b.name]);
    const form =
      b.forms[`=${value}`] ?? b.forms[rulesFor(lang).select(value)] ?? b.forms.other ?? '';
    out = out.slice(0, b.start) + form.replace(/#/g, String(params[b.name])) + out.slice(b.end);
  }
  return out;
}
