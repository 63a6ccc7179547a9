import { spotlight } from '@mantine/spotlight';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useUiStore } from '../../app/uiStore';
import { fakeBridge, renderWithMantine } from '../../test/render';
import { ClientSpotlight } from './ClientSpotlight';
import { ok, summary } from './fixtures';
import { useSpotlightSearchStore } from './store';

const zhang = summary();

beforeEach(() => {
  useUiStore.setState({ language: 'en' });
  useSpotlightSearchStore.getState().clear();
  window.location.hash = '#/home';
});
afterEach(() => act(() => spotlight.close()));

describe('ClientSpotlight', () => {
  it('opens with Ctrl+K, finds by the last four phone digits and opens the file', async () => {
    const calls = fakeBridge({
      'clients.search': (input: unknown) =>
        ok((input as { q: string }).q === '5678' ? [zhang] : []),
    });
    renderWithMantine(<ClientSpotlight />);
    fireEvent.keyDown(document.documentElement, { key: 'k', code: 'KeyK', ctrlKey: true });
    const box = await screen.findByTestId('spotlight-search');
    // Empty query: a hint, and main is not asked.
    expect(screen.getByTestId('spotlight-hint')).toBeTruthy();

    fireEvent.change(box, { target: { value: '5678' } });
    const action = await screen.findByTestId('spotlight-result-M0001');
    expect(within(action).getByText('张三')).toBeTruthy();
    expect(within(action).getByText('138****5678')).toBeTruthy();
    expect(within(action).getByText('Active')).toBeTruthy();
    expect(calls.map((c) => c.input)).toEqual([{ q: '5678', limit: 20 }]);

    fireEvent.click(action);
    expect(window.location.hash).toBe('#/client/c-zhang');
  });

  it('says clearly when nothing is found', async () => {
    fakeBridge({ 'clients.search': ok([]) });
    renderWithMantine(<ClientSpotlight />);
    act(() => spotlight.open());
    fireEvent.change(await screen.findByTestId('spotlight-search'), { target: { value: 'xyz' } });
    expect((await screen.findByTestId('spotlight-empty')).textContent).toBe(
      'No client matches "xyz".',
    );
  });

  it('Enter opens the first match without choosing it first', async () => {
    fakeBridge({ 'clients.search': ok([zhang]) });
    renderWithMantine(<ClientSpotlight />);
    act(() => spotlight.open());
    const box = await screen.findByTestId('spotlight-search');
    fireEvent.change(box, { target: { value: 'zs' } });
    fireEvent.keyDown(box, { key: 'Enter', code: 'Enter' });
    await waitFor(() => expect(window.location.hash).toBe('#/client/c-zhang'));
  });
});
