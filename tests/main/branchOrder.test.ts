import { describe, expect, it } from 'vitest';
import { byBranchName } from '../../electron/headOffice/branchOrder';

describe('branch order at head office', () => {
  it('sorts branch names by pinyin, not by code point, and numbers as numbers', () => {
    const names = ['阳光健身 · 望京店', '阳光健身 · 朝阳店', '阳光健身 · 海淀店'];
    // By code point 望 (U+671B) comes before 朝 (U+671D) and 海 (U+6D77).
    expect([...names].sort()).toEqual(names);
    expect(
      names
        .map((name) => ({ name }))
        .sort(byBranchName)
        .map((b) => b.name),
    ).toEqual(['阳光健身 · 朝阳店', '阳光健身 · 海淀店', '阳光健身 · 望京店']);
    const numbered = ['分店 10', '分店 9'].map((name) => ({ name })).sort(byBranchName);
    expect(numbered.map((b) => b.name)).toEqual(['分店 9', '分店 10']);
  });
});
