import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useUiStore } from '../../app/uiStore';
import { fakeBridge, renderWithMantine } from '../../test/render';
import { SetupScreen } from './SetupScreen';

beforeEach(() => useUiStore.setState({ language: 'en' }));

describe('first-run setup', () => {
  it('sends the site profile chosen, with a line on what it uses', async () => {
    const calls = fakeBridge({
      'vault.setup': { ok: true, data: { recoveryKey: 'K'.repeat(24) } },
    });
    renderWithMantine(<SetupScreen />);
    expect(screen.getByText(/Members with hand tags/)).toBeTruthy();
    fireEvent.click(screen.getByText('Office'));
    expect(screen.getByText(/Visitors at reception/)).toBeTruthy();
    fireEvent.change(screen.getByTestId('setup-site'), { target: { value: '静安办公室' } });
    fireEvent.change(screen.getByTestId('setup-name'), { target: { value: '张伟' } });
    fireEvent.change(screen.getByTestId('setup-username'), { target: { value: 'zhangwei' } });
    fireEvent.change(screen.getByTestId('setup-pin'), { target: { value: '246810' } });
    fireEvent.change(screen.getByTestId('setup-pin-confirm'), { target: { value: '246810' } });
    fireEvent.click(screen.getByTestId('setup-submit'));
    await waitFor(() => expect(calls.some((c) => c.channel === 'vault.setup')).toBe(true));
    expect(calls.find((c) => c.channel === 'vault.setup')!.input).toMatchObject({
      siteName: '静安办公室',
      siteProfile: 'office',
    });
  });

  it('offers 总部 / Head office as a fourth choice, with what it is and no modules to adjust', async () => {
    const calls = fakeBridge({
      'vault.setup': { ok: true, data: { recoveryKey: 'K'.repeat(24) } },
    });
    renderWithMantine(<SetupScreen />);
    expect(screen.getByTestId('setup-profile-hint').textContent).toContain('change the modules');
    fireEvent.click(screen.getByText('Head office'));
    const hint = screen.getByTestId('setup-profile-hint').textContent;
    expect(hint).toContain("A chain's head office: no front desk here");
    expect(hint).not.toContain('change the modules');
    fireEvent.change(screen.getByTestId('setup-site'), { target: { value: '连锁总部' } });
    fireEvent.change(screen.getByTestId('setup-name'), { target: { value: '周敏' } });
    fireEvent.change(screen.getByTestId('setup-username'), { target: { value: 'zhoumin' } });
    fireEvent.change(screen.getByTestId('setup-pin'), { target: { value: '246810' } });
    fireEvent.change(screen.getByTestId('setup-pin-confirm'), { target: { value: '246810' } });
    fireEvent.click(screen.getByTestId('setup-submit'));
    await waitFor(() => expect(calls.some((c) => c.channel === 'vault.setup')).toBe(true));
    expect(calls.find((c) => c.channel === 'vault.setup')!.input).toMatchObject({
      siteName: '连锁总部',
      siteProfile: 'headOffice',
    });
  });
});
