import { describe, expect, it } from 'vitest';
import { deskWithStaff, ZHANG_SAN } from '../helpers/clientFixtures';

/** A JPEG as the check-in camera sends it (the bytes only need to be a JPEG's for main). */
const JPEG = `data:image/jpeg;base64,${Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]).toString('base64')}`;

describe('the photo taken at check-in, as main keeps it', () => {
  it('any desk role saves a webcam JPEG on an ordinary file; every role sees it', () => {
    const v = deskWithStaff();
    const f = v.ok('clients.create', ZHANG_SAN, v.as('reception'));
    expect(v.ok('clients.setPhoto', { id: f.id, dataUrl: JPEG }, v.as('reception'))).toEqual({
      hasPhoto: true,
    });
    expect(v.ok('clients.photo', { id: f.id }, v.as('consultant')).dataUrl).toBe(JPEG);
    const gif = v.call(
      'clients.setPhoto',
      { id: f.id, dataUrl: 'data:image/gif;base64,R0lG' },
      v.as('reception'),
    );
    expect(gif.ok || gif.error).toMatchObject({ code: 'VALIDATION', fields: { dataUrl: 'type' } });
  });

  it('a 机密 file: the receptionist may not replace it, the photo still shows at the door', () => {
    const v = deskWithStaff();
    const f = v.ok('clients.create', ZHANG_SAN, v.as('reception'));
    v.ok('clients.setPhoto', { id: f.id, dataUrl: JPEG }, v.as('reception'));
    v.ok(
      'clients.setSecrecy',
      { id: f.id, level: 'confidential', until: null, reason: '公众人物' },
      v.as('supervisor'),
    );
    const other = `data:image/jpeg;base64,${Buffer.from('another face').toString('base64')}`;
    const refused = v.call('clients.setPhoto', { id: f.id, dataUrl: other }, v.as('reception'));
    expect(refused.ok || refused.error).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'clients.restricted',
    });
    expect(v.ok('clients.photo', { id: f.id }, v.as('reception')).dataUrl).toBe(JPEG);
    expect(v.ok('clients.summary', { id: f.id }, v.as('reception')).restricted).toBe(true);
    v.ok('clients.setPhoto', { id: f.id, dataUrl: other }, v.as('supervisor'));
    expect(v.ok('clients.photo', { id: f.id }, v.as('reception')).dataUrl).toBe(other);
  });
});
