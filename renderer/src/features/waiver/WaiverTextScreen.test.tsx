import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { WaiverText } from '../../../../shared/contract/waiverViews';
import { useUiStore } from '../../app/uiStore';
import { fakeBridge, renderWithMantine } from '../../test/render';
import { fail, ok, sessionAs } from '../clients/fixtures';
import { useWaiverTextStore } from './textStore';
import { WaiverTextScreen } from './WaiverTextScreen';

const TEXT: WaiverText = {
  version: 0,
  title: '免责协议及健康声明',
  body: '1. 本人承诺如实申报健康状况。',
  builtIn: true,
};
const sent = (calls: { channel: string; input: unknown }[], channel: string) =>
  calls.filter((c) => c.channel === channel).map((c) => c.input);

beforeEach(() => {
  useUiStore.setState({ language: 'en' });
  useWaiverTextStore.setState({ text: null, error: null });
});

describe('WaiverTextScreen', () => {
  it('shows the active text and saves the edited title and body as the next version', async () => {
    const calls = fakeBridge({
      'waivers.text': ok(TEXT),
      'waivers.setText': (input: unknown) =>
        ok({ ...(input as object), version: 1, builtIn: false }),
    });
    renderWithMantine(<WaiverTextScreen session={sessionAs('supervisor')} />);
    expect((await screen.findByTestId('waiver-text-version')).textContent).toContain('Version 0');
    expect(screen.getByTestId('waiver-text-builtin').textContent).toContain('Built-in default');
    expect(screen.getByTestId('waiver-text-note').textContent).toContain('version 1');
    expect(screen.getByTestId('waiver-text-note').textContent).toContain('sign again');
    fireEvent.change(screen.getByTestId('waiver-text-title'), {
      target: { value: ' 新协议 ' },
    });
    fireEvent.change(screen.getByTestId('waiver-text-body'), { target: { value: '新正文' } });
    fireEvent.click(screen.getByTestId('waiver-text-save'));
    await waitFor(() =>
      expect(screen.getByTestId('waiver-text-version').textContent).toContain('1'),
    );
    expect(sent(calls, 'waivers.setText')).toEqual([{ title: '新协议', body: '新正文' }]);
    expect(screen.getByTestId('waiver-text-builtin').textContent).toContain('Set by this site');
  });

  it('does not save an empty body', async () => {
    const calls = fakeBridge({ 'waivers.text': ok(TEXT) });
    renderWithMantine(<WaiverTextScreen session={sessionAs('supervisor')} />);
    fireEvent.change(await screen.findByTestId('waiver-text-body'), { target: { value: '  ' } });
    expect((screen.getByTestId('waiver-text-save') as HTMLButtonElement).disabled).toBe(true);
    expect(sent(calls, 'waivers.setText')).toEqual([]);
  });

  it('shows Forbidden when main refuses the role', async () => {
    fakeBridge({ 'waivers.text': ok(TEXT), 'waivers.setText': fail({ code: 'FORBIDDEN' }) });
    useWaiverTextStore.setState({ text: TEXT });
    renderWithMantine(<WaiverTextScreen session={sessionAs('receptionist')} />);
    fireEvent.click(await screen.findByTestId('waiver-text-save'));
    expect(await screen.findByTestId('forbidden')).toBeTruthy();
  });
});
