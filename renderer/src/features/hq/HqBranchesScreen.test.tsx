import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useUiStore } from '../../app/uiStore';
import { renderWithMantine } from '../../test/render';
import { sessionAs } from '../clients/fixtures';
import { base64Of } from './fileBase64';
import { enrolResult, hqBridge, sent } from './fixtures';
import { HqBranchesScreen } from './HqBranchesScreen';
import { useHqStore } from './store';

beforeEach(() => {
  useUiStore.setState({ language: 'zh-CN' });
  useHqStore.setState({ owner: null });
  useHqStore.getState().forStaff('nobody');
});

const CODE = 'dkbe1_eyJzaXRlSWQiOiIwMTkyZjBjOC0zMzMzIiwibmFtZSI6IuW5v+W3nuWkqeays+W6lyJ9';

describe('HqBranchesScreen (分店)', () => {
  it('lists the branches with their problems in words', async () => {
    hqBridge();
    renderWithMantine(<HqBranchesScreen session={sessionAs('supervisor')} />);
    const table = await screen.findByTestId('hq-branches');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(3);
    const shanghai = rows[1]!;
    expect(shanghai.textContent).toContain('上海静安店');
    expect(shanghai.textContent).toContain('0192f0c8');
    expect(shanghai.textContent).toContain('8B10-44C2-19DE-A0F3-5C6D-7E8F-9012-3456');
    expect(within(shanghai).getByTestId('hq-branch-problems').textContent).toBe(
      '缺号 seq 121–124签名不符 #130',
    );
    expect(rows[0]!.textContent).toContain('无');
    // Enrolment and offline files are the admin's.
    expect(screen.queryByTestId('hq-enrol')).toBeNull();
    expect(screen.queryByTestId('hq-import')).toBeNull();
  });

  it('检查 runs the check with its progress, then reads the list again', async () => {
    const calls = hqBridge();
    renderWithMantine(<HqBranchesScreen session={sessionAs('supervisor')} />);
    await screen.findByTestId('hq-branches');
    fireEvent.click(screen.getByTestId('hq-verify'));
    await waitFor(() =>
      expect(screen.getByTestId('hq-verify-status').textContent).toContain('检查完成'),
    );
    expect(sent(calls, 'hq.verify')).toHaveLength(1);
    await waitFor(() => expect(sent(calls, 'hq.branches')).toHaveLength(2));
  });

  it('enrolment shows the branch password once, then never again', async () => {
    const calls = hqBridge();
    renderWithMantine(<HqBranchesScreen session={sessionAs('admin')} />);
    await screen.findByTestId('hq-branches');
    fireEvent.change(screen.getByTestId('hq-enrol-code'), { target: { value: CODE } });
    fireEvent.click(screen.getByTestId('hq-enrol-submit'));
    const modal = await screen.findByTestId('hq-enrolled');
    expect(sent(calls, 'hq.enrol')).toEqual([{ code: CODE }]);
    expect(within(modal).getByTestId('hq-enrolled-site').textContent).toBe('广州天河店');
    expect(within(modal).getByTestId('hq-enrolled-role').textContent).toBe('branch_gz_tianhe');
    expect(within(modal).getByTestId('hq-enrolled-password').textContent).toBe(
      enrolResult.password,
    );
    expect(modal.textContent).toContain('总部连接');
    expect(modal.textContent).toContain('不会再次显示');
    expect(within(modal).getByTestId('hq-enrolled-copy')).toBeTruthy();
    fireEvent.click(within(modal).getByTestId('hq-enrolled-close'));
    await waitFor(() => expect(screen.queryByTestId('hq-enrolled')).toBeNull());
    expect(document.body.textContent).not.toContain(enrolResult.password);
    expect(useHqStore.getState().enrolled).toBeNull();
    expect((screen.getByTestId('hq-enrol-code') as HTMLTextAreaElement).value).toBe('');
  });

  it('a refused code is said, and no password appears', async () => {
    hqBridge({
      fail: { 'hq.enrol': { code: 'CONFLICT', message: 'x', reason: 'hq.refused' } },
    });
    renderWithMantine(<HqBranchesScreen session={sessionAs('admin')} />);
    await screen.findByTestId('hq-branches');
    fireEvent.change(screen.getByTestId('hq-enrol-code'), { target: { value: CODE } });
    fireEvent.click(screen.getByTestId('hq-enrol-submit'));
    expect((await screen.findByTestId('error-alert')).textContent).toContain('PostgreSQL');
    expect(screen.queryByTestId('hq-enrolled')).toBeNull();
  });

  it('an offline file is sent as base64 with its name, and what it added is shown', async () => {
    const calls = hqBridge();
    renderWithMantine(<HqBranchesScreen session={sessionAs('admin')} />);
    await screen.findByTestId('hq-import');
    const bytes = new Uint8Array([0x44, 0x4b, 0x42, 0x46, 0x00, 0xff, 0x10, 0x80, 0x7f]);
    const file = new File([bytes], '上海静安店 121-124.dkbf');
    const input = screen.getByTestId('hq-import').querySelector('input[type="file"]')!;
    expect(input.getAttribute('accept')).toBe('.dkbf');
    fireEvent.change(input, { target: { files: [file] } });
    const result = await screen.findByTestId('hq-import-result');
    expect(sent(calls, 'hq.importFile')).toEqual([
      { fileName: '上海静安店 121-124.dkbf', contentBase64: 'REtCRgD/EIB/' },
    ]);
    expect(result.textContent).toBe('上海静安店：seq 121–124，新存入 3 个，已存在 1 个');
  });
});

describe('base64 of a file', () => {
  it('encodes files longer than one slice the way atob reads them back', () => {
    const bytes = new Uint8Array(70_000).map((_, i) => (i * 7) % 256);
    const back = Uint8Array.from(atob(base64Of(bytes)), (c) => c.charCodeAt(0));
    expect(back).toEqual(bytes);
  });
});
