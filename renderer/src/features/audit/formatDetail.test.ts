import { describe, expect, it } from 'vitest';
import { translate, type MessageKey, type Params } from '../../../../shared/i18n';
import { formatDetail } from './formatDetail';

const en = (key: MessageKey, params?: Params) => translate('en', key, params);
const zh = (key: MessageKey, params?: Params) => translate('zh-CN', key, params);

describe('formatDetail', () => {
  it('reads role changes, refusals and wrong PINs', () => {
    expect(
      formatDetail(
        en,
        { detail: { changed: ['role'], role: { from: 'receptionist', to: 'dutyManager' } } },
        {},
      ),
    ).toBe('changed: role · role: Receptionist → Duty manager');
    expect(formatDetail(en, { detail: { reason: 'role' } }, {})).toBe('not allowed for this role');
    // A backup's failure count is not a wrong PIN.
    expect(formatDetail(en, { action: 'backups.make.end', detail: { failures: 0 } }, {})).toBe(
      'failures: 0',
    );
    expect(
      formatDetail(
        zh,
        { action: 'auth.login', detail: { failures: 3, reason: 'auth.badCredentials' } },
        {},
      ),
    ).toBe('第 3 次输错 PIN · PIN 错误');
  });

  it('names staff by id and explains automatic locks', () => {
    expect(formatDetail(en, { detail: { switchedFrom: 'id-1' } }, { 'id-1': '王芳' })).toBe(
      'took over the PC from 王芳',
    );
    expect(formatDetail(en, { detail: { reason: 'idle', idleMs: 360_000 } }, {})).toBe(
      'after 6 min idle',
    );
    expect(formatDetail(en, { detail: { reason: 'os', idleMs: 5_000 } }, {})).toBe(
      'the PC was locked or went to sleep',
    );
  });

  it('shows settings changes as before → after, and nothing for no detail', () => {
    expect(
      formatDetail(en, { detail: { changed: { idleLockMinutes: { from: 5, to: 10 } } } }, {}),
    ).toBe('idleLockMinutes: 5 → 10');
    expect(formatDetail(en, { detail: null }, {})).toBe('');
  });
});
