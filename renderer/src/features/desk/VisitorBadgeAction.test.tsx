import { fireEvent, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseHash } from '../../app/route';
import { useUiStore } from '../../app/uiStore';
import { fakeBridge, renderWithMantine } from '../../test/render';
import { ok } from '../clients/fixtures';
import { parseBadgeParam } from '../visitorBadge/store';
import { T0, visitor } from './fixtures';
import { VisitorsPanel } from './VisitorsPanel';
import { useVisitorsStore } from './visitorsStore';

const badgeOpened = () => parseBadgeParam(parseHash(window.location.hash).param);

beforeEach(() => {
  useUiStore.setState({ language: 'en' });
  window.location.hash = '#/desk';
  fakeBridge({ 'visitors.waiting': ok({ now: T0, visitors: [] }) });
});

describe('Print badge at the desk', () => {
  it('the notice of a visitor just registered opens that visitor’s badge', () => {
    const v = visitor({ id: 'v-7', name: '宋佳' });
    useVisitorsStore.setState({
      visitors: [v],
      registered: { visitor: v, assignedBy: 'rotation', blockAlert: null },
    });
    renderWithMantine(<VisitorsPanel onNew={() => {}} canManage />);
    const button = screen.getByTestId('visitor-badge-registered');
    expect(button.textContent).toBe('Print badge');
    fireEvent.click(button);
    expect(parseHash(window.location.hash).route).toBe('print');
    expect(badgeOpened()).toBe('v-7');
  });

  it('every waiting visitor’s row has it too, named for screen readers', () => {
    useVisitorsStore.setState({
      visitors: [visitor({ id: 'v-1' }), visitor({ id: 'v-2', name: '冯远' })],
      registered: null,
    });
    renderWithMantine(<VisitorsPanel onNew={() => {}} canManage />);
    const buttons = screen.getAllByTestId('visitor-badge');
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual([
      'Print badge',
      'Print badge',
    ]);
    fireEvent.click(buttons[1]!);
    expect(badgeOpened()).toBe('v-2');
  });
});
