import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WaiverText } from '../../../../shared/contract/waiverViews';
import { useUiStore } from '../../app/uiStore';
import { fakeBridge, renderWithMantine } from '../../test/render';
import { fail, ok } from '../clients/fixtures';
import { CheckInPanel } from '../desk/CheckInPanel';
import { entry } from '../desk/fixtures';
import { useCheckInStore, useLookupStore } from '../desk/store';
import { SignaturePad } from './SignaturePad';
import { useWaiverStore } from './store';

const PNG_URL = 'data:image/png;base64,iVBORw0KGgoSIGNATURE';
const TEXT: WaiverText = {
  version: 0,
  title: '免责协议及健康声明',
  body: '1. 本人承诺如实申报健康状况。\n2. 贵重物品自行保管。',
  builtIn: true,
};

/** jsdom has no canvas: only the 2D context and toDataURL are stood in for. */
function mockCanvas() {
  const ctx = {
    beginPath: vi.fn(),
    moveTo: vi.fn(),
    lineTo: vi.fn(),
    stroke: vi.fn(),
    clearRect: vi.fn(),
    lineWidth: 0,
    lineCap: '',
    lineJoin: '',
    strokeStyle: '',
  };
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(
    () => ctx as unknown as CanvasRenderingContext2D,
  );
  vi.spyOn(HTMLCanvasElement.prototype, 'toDataURL').mockImplementation(() => PNG_URL);
  return ctx;
}

function draw() {
  const pad = screen.getByTestId('signature-pad');
  fireEvent.pointerDown(pad, { clientX: 10, clientY: 10, pointerId: 1 });
  fireEvent.pointerMove(pad, { clientX: 40, clientY: 30, pointerId: 1 });
  fireEvent.pointerMove(pad, { clientX: 80, clientY: 20, pointerId: 1 });
  fireEvent.pointerUp(pad, { clientX: 80, clientY: 20, pointerId: 1 });
}

beforeEach(() => {
  useUiStore.setState({ language: 'zh-CN' });
  useCheckInStore.setState({ entry: null, done: null, error: null, busy: false });
  useLookupStore.setState({ results: [], query: '', answered: null });
  useWaiverStore.getState().close();
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('SignaturePad', () => {
  it('draws with the pointer, hands out a PNG data URL, and clears to null', () => {
    const ctx = mockCanvas();
    const onChange = vi.fn();
    renderWithMantine(<SignaturePad onChange={onChange} />);
    // A tap without movement leaves no ink and hands out nothing.
    const pad = screen.getByTestId('signature-pad');
    fireEvent.pointerDown(pad, { clientX: 5, clientY: 5 });
    fireEvent.pointerUp(pad);
    expect(onChange).not.toHaveBeenCalled();

    draw();
    expect(ctx.moveTo).toHaveBeenCalled();
    expect(ctx.lineTo).toHaveBeenCalledTimes(2);
    expect(ctx.stroke).toHaveBeenCalled();
    expect(HTMLCanvasElement.prototype.toDataURL).toHaveBeenCalledWith('image/png');
    expect(onChange).toHaveBeenLastCalledWith(PNG_URL);

    fireEvent.click(screen.getByTestId('signature-clear'));
    expect(ctx.clearRect).toHaveBeenCalled();
    expect(onChange).toHaveBeenLastCalledWith(null);
  });
});

describe('WaiverModal from the check-in panel', () => {
  it('warns 免责协议未签, signs with the drawn PNG, and the warning goes', async () => {
    mockCanvas();
    const calls = fakeBridge({
      'waivers.text': ok(TEXT),
      'waivers.sign': ok({ id: 'w-1', signedAt: 1, textVersion: 0 }),
    });
    const missing = entry({}, null, true);
    useLookupStore.setState({ results: [missing] });
    useCheckInStore.setState({ entry: missing });
    renderWithMantine(<CheckInPanel onDone={() => {}} />);

    expect(screen.getByTestId('checkin-waiver-missing').textContent).toContain('免责协议未签');
    fireEvent.click(screen.getByTestId('checkin-waiver-sign'));
    expect((await screen.findByTestId('waiver-body')).textContent).toContain('如实申报健康状况');
    expect((screen.getByTestId('waiver-signer') as HTMLInputElement).value).toBe('张三');
    const sign = screen.getByTestId('waiver-sign');
    expect(sign.hasAttribute('disabled')).toBe(true);

    draw();
    await waitFor(() => expect(sign.hasAttribute('disabled')).toBe(false));
    fireEvent.click(sign);
    await waitFor(() => expect(screen.queryByTestId('checkin-waiver-missing')).toBeNull());
    expect(calls.filter((c) => c.channel === 'waivers.sign').map((c) => c.input)).toEqual([
      { clientId: 'c-zhang', signerName: '张三', signatureDataUrl: PNG_URL },
    ]);
    expect(useLookupStore.getState().results[0]!.waiverMissing).toBe(false);
    expect(useWaiverStore.getState().clientId).toBeNull();
  });

  it('keeps the modal open and names the problem when main refuses the picture', async () => {
    mockCanvas();
    fakeBridge({
      'waivers.text': ok(TEXT),
      'waivers.sign': fail({ code: 'VALIDATION', fields: { signatureDataUrl: 'blank' } }),
    });
    useCheckInStore.setState({ entry: entry({}, null, true) });
    renderWithMantine(<CheckInPanel onDone={() => {}} />);
    fireEvent.click(screen.getByTestId('checkin-waiver-sign'));
    await screen.findByTestId('waiver-body');
    draw();
    fireEvent.click(screen.getByTestId('waiver-sign'));
    expect((await screen.findByTestId('waiver-error')).textContent).toBe(
      '签名为空，请在框内签名。',
    );
    expect(screen.getByTestId('checkin-waiver-missing')).toBeTruthy();
  });

  it('shows no warning for a member who has signed', () => {
    fakeBridge({});
    useCheckInStore.setState({ entry: entry() });
    renderWithMantine(<CheckInPanel onDone={() => {}} />);
    expect(screen.queryByTestId('checkin-waiver-missing')).toBeNull();
  });
});
