import { crc32, deflateSync } from 'node:zlib';
import type { Core } from '../../../electron/app/core';
import { addDays, businessDate } from '../../../shared/domain/time';
import { caller } from './demoClients';

interface Login {
  username: string;
  pin: string;
}

const W = 560;
const H = 180;

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/**
 * A hand-drawn looking signature, as the pad makes it: dark ink on a transparent canvas of
 * the pad's size. Three strokes of loops and a final flourish, traced as thick dots.
 */
export function signaturePng(): Buffer {
  const alpha = new Uint8Array(W * H);
  const dot = (cx: number, cy: number) => {
    for (let y = Math.floor(cy - 2); y <= cy + 2; y++)
      for (let x = Math.floor(cx - 2); x <= cx + 2; x++)
        if (x >= 0 && y >= 0 && x < W && y < H && (x - cx) ** 2 + (y - cy) ** 2 <= 3.2)
          alpha[y * W + x] = 255;
  };
  const strokes: ((s: number) => [number, number])[] = [
    (s) => [60 + s * 120, 95 + Math.sin(s * Math.PI * 5) * 32 - s * 10],
    (s) => [200 + s * 150, 90 + Math.sin(s * Math.PI * 7 + 1) * 26 + Math.cos(s * 9) * 8],
    (s) => [370 + s * 120, 100 + Math.sin(s * Math.PI * 4 + 2) * 30 - s * 20],
    (s) => [70 + s * 420, 140 - Math.sin(s * Math.PI) * 12],
  ];
  for (const f of strokes)
    for (let i = 0; i <= 1200; i++) {
      const [x, y] = f(i / 1200);
      dot(x, y);
    }
  const raw = Buffer.alloc((W * 4 + 1) * H);
  for (let y = 0; y < H; y++) {
    raw[y * (W * 4 + 1)] = 0;
    for (let x = 0; x < W; x++) {
      const o = y * (W * 4 + 1) + 1 + x * 4;
      raw[o] = 17;
      raw[o + 1] = 17;
      raw[o + 2] = 17;
      raw[o + 3] = alpha[y * W + x]!;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(W, 0);
  ihdr.writeUInt32BE(H, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * 突发事件 at the desk: this morning a member twisted his knee on the treadmill; the coach gave
 * first aid, the duty manager took him to hospital, the member signed the report, the costs
 * were settled and a call to ask after him is on tomorrow's list. Recorded at "now", in the
 * shift at work (its log and its handover's anomalies show it).
 */
export function seedDemoIncidents(core: Core, logins: { reception: Login; duty: Login }): void {
  const call = caller(core);
  const desk = 'demo-incidents-desk';
  const duty = 'demo-incidents-duty';
  const login = (w: Login) => ({ username: w.username, pin: w.pin });
  call(desk, 'auth.login', login(logins.reception));
  call(duty, 'auth.login', login(logins.duty));
  const now = Date.now();
  const member = call(desk, 'clients.search', { q: '张三', limit: 5 }).find(
    (c: { name: string }) => c.name === '张三',
  ) as { id: string } | undefined;
  const report = call(desk, 'incidents.record', {
    kind: 'injury',
    ...(member ? { clientId: member.id } : { personName: '张三', gender: 'male', age: 36 }),
    occurredAt: now - 40 * 60_000,
    place: '有氧区 3 号跑步机',
    whatHappened: '会员跑步时加速过快，脚下踩空，右膝着地摔倒；当班教练立即停机并扶起会员。',
    injury: '右膝擦伤、轻度肿胀，可自行行走',
    firstAid: '教练清理伤口、消毒包扎并冰敷 15 分钟',
    hospitalEscort: true,
    hospital: '朝阳区第二医院',
    costsCents: 0,
    memberDemands: '希望报销检查费用，并检查跑步机急停开关',
    witnesses: '会员刘思雨（在旁边跑步机）',
    staffInvolved: '教练刘洋、值班经理赵磊',
  }) as { id: string; personName: string };
  call(desk, 'incidents.sign', {
    incidentId: report.id,
    signerName: report.personName,
    signatureDataUrl: `data:image/png;base64,${signaturePng().toString('base64')}`,
  });
  call(duty, 'incidents.update', {
    incidentId: report.id,
    costsCents: 28_600,
    handlingOpinion: '检查费由公司承担；跑步机已停用待检修，工程部今日检查急停开关。',
  });
  call(duty, 'incidents.scheduleFollowUp', {
    incidentId: report.id,
    dueDay: addDays(businessDate(now), 1),
  });
  call(desk, 'auth.logout');
  call(duty, 'auth.logout');
}
