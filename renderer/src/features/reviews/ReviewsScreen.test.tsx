import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import dayjs from 'dayjs';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ClientSummary, ReviewDue } from '../../../../shared/contract/clientViews';
import type { SessionView } from '../../../../shared/contract/views';
import { useUiStore } from '../../app/uiStore';
import { fakeBridge, renderWithMantine } from '../../test/render';
import { ReviewsScreen } from './ReviewsScreen';
import { useReviewsStore } from './store';

const session = (role: SessionView['role']): SessionView => ({
  staffId: 'me',
  username: 'me',
  displayName: '赵经理',
  role,
  locked: false,
  mustChangePin: false,
  language: null,
  colorScheme: 'auto',
  startedAt: 0,
  idleLockMinutes: 5,
});

const client = (id: string, name: string, grade: ClientSummary['creditGrade']): ClientSummary => ({
  id,
  kind: 'person',
  name,
  nameLatin: null,
  cardNumber: `C-${id}`,
  cardType: null,
  status: 'active',
  expiresOn: null,
  phoneMasked: null,
  hasPhoto: false,
  secrecy: 'none',
  restricted: false,
  alerts: [],
  consultantName: null,
  creditGrade: grade,
});

const day = (offset: number) => dayjs().add(offset, 'day').format('YYYY-MM-DD');

const due: ReviewDue[] = [
  { client: client('c2', '李四', 'A'), kind: 'file', dueOn: day(5), overdue: false },
  { client: client('c1', '张三', 'B'), kind: 'file', dueOn: day(-12), overdue: true },
  { client: client('c3', '王五', 'B'), kind: 'credit', dueOn: day(-3), overdue: true },
];

beforeEach(() => {
  useUiStore.setState({ language: 'zh-CN', chosen: true });
  useReviewsStore.setState({ due: [], error: null });
});

describe('ReviewsScreen', () => {
  it('lists overdue files first, in red with the days overdue', async () => {
    fakeBridge({ 'reviews.due': { ok: true, data: due } });
    renderWithMantine(<ReviewsScreen session={session('receptionist')} />);
    const rows = await screen.findAllByTestId('review-row');
    expect(rows.map((r) => r.getAttribute('data-client-id'))).toEqual(['c1', 'c2']);
    expect(within(rows[0]!).getByTestId('review-status').textContent).toBe('逾期 12 天');
    expect(within(rows[1]!).getByTestId('review-status').textContent).toBe('5 天后到期');
  });

  it('completes a credit review with the chosen grade and a note, then refreshes', async () => {
    const calls = fakeBridge({
      'reviews.due': { ok: true, data: due },
      'reviews.complete': { ok: true, data: null },
    });
    renderWithMantine(<ReviewsScreen session={session('dutyManager')} />);
    fireEvent.click(await screen.findByTestId('reviews-tab-credit'));
    const row = await screen.findByTestId('review-row');
    expect(row.getAttribute('data-kind')).toBe('credit');
    fireEvent.click(within(row).getByTestId('review-mark-done'));
    expect(await screen.findByText('当前信用等级：B。保持不变或选择新的等级。')).toBeTruthy();
    fireEvent.click(within(screen.getByTestId('review-grade')).getByLabelText('C'));
    expect(screen.getByTestId('review-grade-outcome').textContent).toBe('等级调整：B → C');
    fireEvent.change(screen.getByTestId('review-note'), { target: { value: '  两次逾期付款 ' } });
    fireEvent.click(screen.getByTestId('review-submit'));
    expect(await screen.findByTestId('reviews-success')).toBeTruthy();
    expect(calls.find((c) => c.channel === 'reviews.complete')!.input).toEqual({
      clientId: 'c3',
      kind: 'credit',
      grade: 'C',
      note: '两次逾期付款',
    });
    expect(calls.filter((c) => c.channel === 'reviews.due')).toHaveLength(2);
  });

  it('sends no grade for a file re-verification', async () => {
    const calls = fakeBridge({
      'reviews.due': { ok: true, data: due },
      'reviews.complete': { ok: true, data: null },
    });
    renderWithMantine(<ReviewsScreen session={session('receptionist')} />);
    const rows = await screen.findAllByTestId('review-row');
    fireEvent.click(within(rows[0]!).getByTestId('review-mark-done'));
    expect(screen.queryByTestId('review-grade')).toBeNull();
    fireEvent.click(await screen.findByTestId('review-submit'));
    await waitFor(() =>
      expect(calls.find((c) => c.channel === 'reviews.complete')?.input).toEqual({
        clientId: 'c1',
        kind: 'file',
      }),
    );
  });

  it("shows main's refusal of a credit review for the role", async () => {
    fakeBridge({
      'reviews.due': { ok: true, data: due },
      'reviews.complete': {
        ok: false,
        error: { code: 'FORBIDDEN', message: 'x', reason: 'reviews.creditRole' },
      },
    });
    renderWithMantine(<ReviewsScreen session={session('receptionist')} />);
    fireEvent.click(await screen.findByTestId('reviews-tab-credit'));
    fireEvent.click(await screen.findByTestId('review-mark-done'));
    fireEvent.click(await screen.findByTestId('review-submit'));
    expect((await screen.findByTestId('review-error')).textContent).toBe(
      '信用复核由值班经理、客服部经理或店长记录。您的角色（前台）可以做档案核定。',
    );
    expect(screen.queryByTestId('reviews-success')).toBeNull();
  });
});
