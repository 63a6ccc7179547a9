import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { AuditVerifyReport } from '../../../../shared/contract/views';
import { useUiStore } from '../../app/uiStore';
import { fakeBridge, renderWithMantine } from '../../test/render';
import { fail, ok, sessionAs } from '../clients/fixtures';
import { AuditScreen } from './AuditScreen';
import { useAuditStore } from './store';

const supervisor = sessionAs('supervisor');
const AT = new Date('2025-06-02T15:55:00').getTime();
const base = {
  'audit.list': ok({ rows: [], nextBeforeSeq: null, names: {} }),
  'audit.facets': ok({ actions: [], actors: [], staffNames: {} }),
};
const report = (patch: Partial<AuditVerifyReport>): AuditVerifyReport => ({
  intact: true,
  checked: 900,
  firstBreak: null,
  anchorsChecked: 3,
  brokenAnchor: null,
  headHash: 'ab'.repeat(32),
  fingerprint: 'ABAB-ABAB-ABAB-ABAB',
  ...patch,
});

beforeEach(() => {
  useUiStore.setState({ language: 'en' });
  useAuditStore.setState({ report: null, error: null, fingerprint: null });
  window.location.hash = '#/audit';
});

describe('AuditScreen and handover anchors', () => {
  it('an intact chain says how many handover anchors were checked', async () => {
    fakeBridge({ ...base, 'audit.verify': ok(report({})) });
    renderWithMantine(<AuditScreen session={supervisor} />);
    fireEvent.click(await screen.findByTestId('audit-verify'));
    expect((await screen.findByTestId('audit-anchors')).textContent).toMatch(
      /^3 handover anchors checked. /,
    );
  });

  it('a log rewritten after a handover names that handover and opens it', async () => {
    fakeBridge({
      ...base,
      'audit.verify': ok(
        report({
          intact: false,
          firstBreak: { seq: 812, problem: 'anchor' },
          brokenAnchor: { seq: 812, sourceId: 'h-1', at: AT },
        }),
      ),
    });
    renderWithMantine(<AuditScreen session={supervisor} />);
    fireEvent.click(await screen.findByTestId('audit-verify'));
    const result = await screen.findByTestId('audit-verify-result');
    expect(result.textContent).toContain('The chain is broken at entry #812');
    expect(result.textContent).toContain('rewritten after it');
    expect(screen.getByTestId('audit-broken-anchor').textContent).toContain(
      'The audit head recorded by the handover signed 2025-06-02 15:55 (entry #812) no longer matches the log.',
    );
    fireEvent.click(screen.getByTestId('audit-open-handover'));
    expect(window.location.hash).toBe('#/handover/h-1');
  });

  it('checks a printed fingerprint: anchored, unanchored, unknown', async () => {
    const answers = [
      ok({ found: true, seq: 812, at: AT, anchored: true }),
      ok({ found: false, seq: null, at: null, anchored: false }),
    ];
    const calls = fakeBridge({ ...base, 'audit.checkFingerprint': () => answers.shift() });
    renderWithMantine(<AuditScreen session={supervisor} />);
    const input = await screen.findByTestId('fingerprint-input');
    fireEvent.change(input, { target: { value: '3f2a-09c1-77de' } });
    expect(screen.getByTestId('fingerprint-submit')).toHaveProperty('disabled', true);
    fireEvent.change(input, { target: { value: '3f2a-09c1-77de-b410' } });
    fireEvent.click(screen.getByTestId('fingerprint-submit'));
    const result = await screen.findByTestId('fingerprint-result');
    expect(result.textContent).toBe(
      'Found: entry #812 of 2025-06-02 15:55:00, recorded by a signed handover.',
    );
    expect(calls.filter((c) => c.channel === 'audit.checkFingerprint').map((c) => c.input)).toEqual(
      [{ fingerprint: '3F2A-09C1-77DE-B410' }],
    );
    fireEvent.click(screen.getByTestId('fingerprint-submit'));
    await waitFor(() =>
      expect(screen.getByTestId('fingerprint-result').getAttribute('data-found')).toBe('false'),
    );
    expect(screen.getByTestId('fingerprint-result').textContent).toContain(
      'the printout or the log has been changed',
    );
  });

  it('a refused check shows the reason', async () => {
    fakeBridge({ ...base, 'audit.checkFingerprint': fail({ code: 'VALIDATION' }) });
    renderWithMantine(<AuditScreen session={supervisor} />);
    fireEvent.change(await screen.findByTestId('fingerprint-input'), {
      target: { value: '3F2A09C177DEB410' },
    });
    fireEvent.click(screen.getByTestId('fingerprint-submit'));
    expect(await screen.findByTestId('error-alert')).toBeTruthy();
  });
});

describe('AuditScreen rows read as words', () => {
  const LOST = new Date('2025-06-02T15:40:00').getTime();
  const row = {
    seq: 41,
    at: AT,
    actorId: 's-1',
    actorName: '王芳',
    action: 'desk.tagLost',
    targetType: 'handTag',
    targetId: 'tag-0000-0000-0012',
    targetName: null,
    outcome: 'denied' as const,
    detail: {
      clientId: 'c-0000-0000-0000-0007',
      lostAt: LOST,
      totalCents: 3100,
      consultant: 's-2',
      late: true,
      checkIn: { tagNumber: 12, from: 'open', to: 'lost' },
    },
  };
  it('shows a local time, the action label, the record kind, outcome and named ids', async () => {
    fakeBridge({
      ...base,
      'audit.list': ok({
        rows: [
          row,
          {
            ...row,
            seq: 40,
            targetType: 'client',
            targetId: 'c-1',
            targetName: '张三',
            detail: null,
          },
        ],
        nextBeforeSeq: null,
        names: { 'c-0000-0000-0000-0007': 'VIP-0007', 's-2': '刘洋' },
      }),
    });
    renderWithMantine(<AuditScreen session={supervisor} />);
    const [first, second] = await screen.findAllByTestId('audit-row');
    const text = first!.textContent!;
    expect(text).toContain('2025-06-02 15:55:00');
    expect(text).toContain('entry #41');
    expect(text).toContain('Hand tag recorded lost');
    expect(text).not.toContain('desk.tagLost');
    expect(text).toContain('Hand tag · …000-0012');
    expect(text).toContain('Refused');
    expect(text).toContain('client file: VIP-0007');
    expect(text).toContain('lost at: 2025-06-02 15:40:00');
    expect(text).toContain('total: ¥31.00');
    expect(text).toContain('consultant: 刘洋');
    expect(text).toContain('late: yes');
    expect(text).toContain('check-in: hand tag: 12, from: open, to: lost');
    expect(text).not.toMatch(/[{}"]|\d{13}/);
    expect(second!.textContent).toContain('Client file · 张三');
  });
});

describe('AuditScreen on return (issue 11, felt speed)', () => {
  const entry = (seq: number) => ({
    seq,
    at: AT + seq,
    actorId: 's-1',
    actorName: '王经理',
    action: 'auth.login',
    targetType: null,
    targetId: null,
    targetName: null,
    outcome: 'ok' as const,
    detail: null,
  });

  it('shows the rows it has at once and keeps the unchanged ones when main sends them again', async () => {
    let answer: (v: unknown) => void = () => {};
    fakeBridge({ ...base, 'audit.list': () => new Promise((resolve) => (answer = resolve)) });
    const before = [entry(2), entry(1)];
    useAuditStore.setState({ rows: before, nextBeforeSeq: null, names: {} });
    renderWithMantine(<AuditScreen session={supervisor} />);
    expect(screen.getAllByTestId('audit-row')).toHaveLength(2);
    answer(ok({ rows: [entry(2), entry(1)], nextBeforeSeq: null, names: {} }));
    await waitFor(() => expect(useAuditStore.getState().loading).toBe(false));
    expect(useAuditStore.getState().rows).toBe(before);
    // A new entry on top: the two on screen keep their objects, so only the new row is drawn.
    void useAuditStore.getState().load();
    answer(ok({ rows: [entry(3), entry(2), entry(1)], nextBeforeSeq: null, names: {} }));
    await waitFor(() => expect(screen.getAllByTestId('audit-row')).toHaveLength(3));
    const after = useAuditStore.getState().rows;
    expect([after[1], after[2]]).toEqual([before[0], before[1]]);
    expect(after[1]).toBe(before[0]);
    expect(after[2]).toBe(before[1]);
  });
});
