import { describe, expect, it } from 'vitest';
import { withPrcCheckDigit } from '../../shared/domain/idNumber';
import { deskWithStaff, ZHANG_SAN } from '../helpers/clientFixtures';

/** Issue 11, defect 2: every refusal names its field, and phones / ID numbers are PRC ones. */
describe('phones are Chinese mobile or landline numbers, on every channel', () => {
  it('visitor, queue, call and client form refuse a non-number, naming the field', () => {
    const v = deskWithStaff();
    const desk = v.as('reception');
    const cases = [
      v.call('visitors.register', { name: '王女士', phone: '12ab', scenario: 'A' }, desk),
      v.call('queue.take', { phone: '12' }, desk),
      v.call('clients.create', { ...ZHANG_SAN, phones: ['12345'] }, desk),
    ];
    for (const r of cases) expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(Object.keys((cases[0] as { error: { fields: object } }).error.fields)).toEqual([
      'phone',
    ]);
    expect(Object.keys((cases[1] as { error: { fields: object } }).error.fields)).toEqual([
      'phone',
    ]);
    expect(Object.keys((cases[2] as { error: { fields: object } }).error.fields)).toEqual([
      'phones.0',
    ]);
    expect(v.ok('queue.take', { phone: '010-6234 5678' }, desk)).toBeTruthy();
    expect(v.ok('queue.take', { phone: '+86 139 0000 1111' }, desk)).toBeTruthy();
  });
});

describe('PRC ID numbers', () => {
  it('refuse a future birth date, region 000000 and the old 15 digits, each with its reason', () => {
    const v = deskWithStaff();
    const desk = v.as('reception');
    const field = (idNumber: string) =>
      (
        v.call(
          'clients.create',
          { ...ZHANG_SAN, cardNumber: null, membershipStatus: null, idNumber },
          desk,
        ) as {
          error?: { fields?: Record<string, string> };
        }
      ).error?.fields?.idNumber;
    expect(field(withPrcCheckDigit('11010520990101123'))).toBe('birthDate');
    expect(field(withPrcCheckDigit('00000019900101123'))).toBe('region');
    expect(field('110105900307123')).toBe('oldFormat');
  });

  const sheet = (rows: string[][]) => [['姓名', '手机', '证件号码', '卡号'], ...rows];

  it('import checks a 15-digit number as the form does, and refuses a repeated ID number', async () => {
    const v = deskWithStaff();
    v.ok('clients.create', ZHANG_SAN, v.as('reception'));
    const good = withPrcCheckDigit('11010519850101123');
    const rows = sheet([
      ['李雷', '13911112222', '110105850101123', 'IMP-1'],
      ['韩梅梅', '13933334444', good, 'IMP-2'],
      ['韩梅', '13933334445', good.toLowerCase(), 'IMP-3'],
      ['张三丰', '13955556666', ZHANG_SAN.idNumber!, 'IMP-4'],
    ]);
    const { jobId } = v.ok('clients.importPreview', { fileName: 'm.csv', rows }, v.as('duty'));
    await v.core.jobs.whenEnded(jobId);
    const preview = v.ok('clients.importPreviewResult', { jobId }, v.as('duty'));
    expect(preview.valid).toBe(1);
    expect(preview.invalid.map((r) => [r.line, r.errors])).toEqual([
      [2, { idNumber: 'oldFormat' }],
      [4, { idNumber: 'duplicate' }],
      [5, { idNumber: 'duplicate' }],
    ]);
  });
});
