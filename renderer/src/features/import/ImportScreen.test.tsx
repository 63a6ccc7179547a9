import { act, fireEvent, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ImportPreview } from '../../../../shared/contract/clientViews';
import type { JobView } from '../../../../shared/contract/jobViews';
import { useJobsStore } from '../jobs/store';
import type { SessionView } from '../../../../shared/contract/views';
import { translate, type MessageKey, type Params } from '../../../../shared/i18n';
import { useUiStore } from '../../app/uiStore';
import { fakeBridge, renderWithMantine } from '../../test/render';
import { parseCsv } from './csv';
import { invalidRowsCsv, rowLine, templateCsv } from './format';
import { ImportScreen } from './ImportScreen';
import { useImportStore } from './store';

const zh = (key: MessageKey, params?: Params) => translate('zh-CN', key, params);

const session = (role: SessionView['role']): SessionView => ({
  staffId: 'me',
  username: 'me',
  displayName: '赵值班',
  role,
  locked: false,
  mustChangePin: false,
  language: null,
  colorScheme: 'auto',
  startedAt: 0,
  idleLockMinutes: 5,
});

const CSV = [
  '姓名,卡号,证件号码,微信',
  '张三,A001,110105194912310021,zs',
  '李四,A001,110105194912310022,ls',
  '王五,A003,,ww',
].join('\r\n');

const rows = parseCsv(CSV);

const preview: ImportPreview = {
  columns: ['姓名', '卡号', '证件号码'],
  unknownColumns: ['微信'],
  valid: 2,
  invalid: [
    {
      line: 3,
      name: '李四',
      cardNumber: 'A001',
      errors: { cardNumber: 'duplicate', idNumber: 'checksum' },
    },
  ],
  sample: [
    { line: 2, name: '张三', cardNumber: 'A001', errors: {} },
    { line: 4, name: '王五', cardNumber: 'A003', errors: {} },
  ],
};

/** jsdom's Blob has no text(); FileReader it is. */
function blobText(blob: Blob): Promise<string> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.readAsText(blob);
  });
}

function chooseFile(content: BlobPart, name = 'members.csv') {
  const input = screen.getByTestId('import-file-input') as HTMLInputElement;
  fireEvent.change(input, { target: { files: [new File([content], name)] } });
}

const previewJob = (state: JobView['state'], done: number): JobView => ({
  id: 'preview-1',
  kind: 'clients.preview',
  state,
  phase: state === 'running' ? 'checking' : 'finished',
  done,
  total: 3,
  startedAt: 0,
  endedAt: null,
  startedByName: '赵值班',
  cancellable: true,
  result: state === 'done' ? { valid: 2, invalid: 1 } : null,
  error: null,
});

/** Main answers the preview with a job; its end event brings the report. */
const previewCalls = {
  'clients.importPreview': { ok: true, data: { jobId: 'preview-1' } },
  'clients.importPreviewResult': { ok: true, data: preview },
} as const;

async function finishPreview() {
  await screen.findByTestId('import-busy');
  await act(async () => useJobsStore.setState({ byId: { 'preview-1': previewJob('done', 3) } }));
}

beforeEach(() => {
  useUiStore.setState({ language: 'zh-CN', chosen: true });
  useJobsStore.setState({ byId: {} });
  useImportStore.getState().reset();
});

describe('ImportScreen', () => {
  it('reads the CSV here, sends its rows, and shows mapping, counts and translated problems', async () => {
    const calls = fakeBridge(previewCalls);
    renderWithMantine(<ImportScreen session={session('dutyManager')} />);
    chooseFile('\ufeff' + CSV);
    await screen.findByTestId('import-busy');
    // While main checks the rows, the preview job's bar says how far it is.
    act(() => useJobsStore.setState({ byId: { 'preview-1': previewJob('running', 1) } }));
    expect((await screen.findByTestId('job-progress-text')).textContent).toBe(
      '正在校验第 1 / 3 行',
    );
    await finishPreview();
    const row = await screen.findByTestId('import-invalid-row');
    expect(row.getAttribute('data-line')).toBe('3');
    expect(within(row).getByTestId('import-invalid-row-problems').textContent).toBe(
      '卡号 重复 · 证件号码 校验位错误',
    );
    expect(calls[0]).toEqual({
      channel: 'clients.importPreview',
      input: { fileName: 'members.csv', rows },
    });
    expect(calls[1]).toEqual({
      channel: 'clients.importPreviewResult',
      input: { jobId: 'preview-1' },
    });
    expect(screen.getByTestId('import-valid-count').textContent).toBe('有效 2 行');
    expect(screen.getByTestId('import-invalid-count').textContent).toBe('有问题 1 行');
    expect(screen.getAllByTestId('import-column').map((b) => b.textContent)).toEqual([
      '姓名',
      '卡号',
      '证件号码',
    ]);
    expect(screen.getByTestId('import-unknown-column').textContent).toBe('微信');
    expect(screen.getAllByTestId('import-sample-row')).toHaveLength(2);
    expect(screen.getByTestId('import-commit').textContent).toBe('导入 2 行有效数据');
  });

  it('runs the import as a job with a progress bar, then offers the rest as a CSV to correct', async () => {
    const calls = fakeBridge({
      ...previewCalls,
      'clients.importCommit': { ok: true, data: { jobId: 'job-1' } },
    });
    const created: Blob[] = [];
    const original = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };
    URL.createObjectURL = vi.fn((b: Blob) => (created.push(b), 'blob:x'));
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});

    renderWithMantine(<ImportScreen session={session('supervisor')} />);
    chooseFile(CSV);
    await finishPreview();
    fireEvent.click(await screen.findByTestId('import-commit'));
    await screen.findByTestId('import-running');
    const job: JobView = {
      id: 'job-1',
      kind: 'clients.import',
      state: 'running',
      phase: 'saving',
      done: 1,
      total: 2,
      startedAt: 0,
      endedAt: null,
      startedByName: '赵值班',
      cancellable: true,
      result: null,
      error: null,
    };
    act(() => useJobsStore.setState((st) => ({ byId: { ...st.byId, 'job-1': job } })));
    expect(screen.getByTestId('job-progress-text').textContent).toBe('正在保存第 1 / 2 行');
    expect(screen.getByRole('progressbar')).toBeTruthy();
    const done = { ...job, state: 'done' as const, phase: 'finished' as const, done: 2 };
    act(() =>
      useJobsStore.setState({
        byId: { 'job-1': { ...done, result: { imported: 2, invalid: 1 } } },
      }),
    );
    expect((await screen.findByTestId('import-imported-count')).textContent).toBe(
      '已导入 2 份客户档案。',
    );
    expect(calls[2]).toEqual({
      channel: 'clients.importCommit',
      input: { fileName: 'members.csv', rows },
    });
    expect(screen.getByTestId('import-still-invalid').textContent).toBe('还有 1 行需要更正。');

    fireEvent.click(screen.getByTestId('import-download-invalid'));
    expect(click).toHaveBeenCalled();
    expect(created[0]!.type).toBe('text/csv;charset=utf-8');
    const text = await blobText(created[0]!);
    expect(parseCsv(text)).toEqual([
      ['姓名', '卡号', '证件号码', '微信', '问题'],
      ['李四', 'A001', '110105194912310022', 'ls', '第 3 行 · 卡号 重复 · 证件号码 校验位错误'],
    ]);
    click.mockRestore();
    URL.createObjectURL = original.create;
    URL.revokeObjectURL = original.revoke;
  });

  it('explains a GBK file instead of sending it', async () => {
    const calls = fakeBridge({});
    renderWithMantine(<ImportScreen session={session('admin')} />);
    chooseFile(new Uint8Array([0xd0, 0xd5, 0xc3, 0xfb, 0x0d, 0x0a]));
    expect((await screen.findByTestId('import-read-error')).textContent).toContain('UTF-8');
    expect(calls).toHaveLength(0);
  });

  it("shows main's refusal of a sheet without a name column", async () => {
    fakeBridge({
      'clients.importPreview': {
        ok: false,
        error: { code: 'VALIDATION', message: 'x', reason: 'import.noName' },
      },
    });
    renderWithMantine(<ImportScreen session={session('admin')} />);
    chooseFile('卡号\r\nA001\r\n');
    expect((await screen.findByTestId('import-error')).textContent).toBe(
      '第一行没有姓名列（姓名 或 Name）。请对照模板检查列名。',
    );
  });

  it('is refused to a receptionist', async () => {
    fakeBridge({});
    renderWithMantine(<ImportScreen session={session('receptionist')} />);
    expect(screen.getByTestId('forbidden')).toBeTruthy();
  });

  it('makes the template with the Chinese headers', () => {
    expect(parseCsv(templateCsv())[0]).toEqual([
      '类型',
      '姓名',
      '拼音或英文名',
      '性别',
      '生日',
      '手机',
      '邮箱',
      '地址',
      '证件类型',
      '证件号码',
      '卡类型',
      '卡号',
      '开卡日期',
      '到期日期',
      '会籍状态',
      '信用等级',
      '标签',
      '备注',
    ]);
  });

  it('writes one line per problem row, with unknown codes shown as they are', () => {
    expect(
      rowLine(zh, { line: 7, errors: { cardNumber: 'duplicate', idNumber: 'checksum' } }),
    ).toBe('第 7 行 · 卡号 重复 · 证件号码 校验位错误');
    expect(rowLine(zh, { line: 9, errors: { phones: 'format', foo: 'bar' } })).toBe(
      '第 9 行 · 手机 格式错误 · foo bar',
    );
    const csv = invalidRowsCsv(
      zh,
      [['姓名', '卡号']],
      [{ line: 5, name: '赵六', cardNumber: 'B9', errors: { name: 'required' } }],
    );
    expect(parseCsv(csv)[1]).toEqual(['赵六', 'B9', '第 5 行 · 姓名 必填']);
  });
});
