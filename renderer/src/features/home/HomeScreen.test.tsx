import { act, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { HomeSummary } from '../../../../shared/contract/homeViews';
import type { Role } from '../../../../shared/domain/roles';
import { useUiStore } from '../../app/uiStore';
import { fakeBridge, renderWithMantine } from '../../test/render';
import { ok, sessionAs } from '../clients/fixtures';
import { HomeScreen } from './HomeScreen';
import { useSettingsStore } from '../settings/store';
import { useHomeStore } from './store';

async function homeOf(role: Role, summary: HomeSummary) {
  const calls = fakeBridge({ 'home.summary': ok(summary) });
  renderWithMantine(<HomeScreen session={sessionAs(role)} />);
  await screen.findByTestId('home-cards');
  return calls;
}

/** The card's figure, its words, and the screen it opens ('' when the role has no such screen). */
function card(id: string) {
  const el = screen.getByTestId(`home-item-${id}`);
  return { text: el.textContent, href: el.getAttribute('href') ?? '' };
}

beforeEach(() => {
  useUiStore.setState({ language: 'en' });
  useHomeStore.setState({ summary: null, error: null });
});

describe('home page per role', () => {
  it('receptionist: the desk figures, each a link to its screen', async () => {
    const calls = await homeOf('receptionist', {
      role: 'receptionist',
      onSite: 12,
      tagsOut: 9,
      visitorsWaiting: 2,
      queueWaiting: 3,
      unreadNotes: 1,
      followUpsOpen: 4,
      callBacksOpen: 0,
      callsToday: { open: 3, overdue: 1, done: 2 },
    });
    expect(calls.map((c) => c.channel)).toContain('home.summary');
    expect(card('onSite')).toEqual({ text: '12people on site', href: '#/onsite' });
    expect(card('queueWaiting')).toEqual({ text: '3queue tickets waiting', href: '#/queue' });
    expect(card('followUps').href).toBe('#/shift');
    expect(card('callBacks')).toEqual({ text: '0call-backs to make', href: '#/callbacks' });
    expect(card('callsToday').href).toBe('#/followups');
    expect(card('callsToday').text).toContain('3follow-up calls to make today');
    expect(card('callsToday').text).toContain('1 overdue · 2 made today');
    expect(screen.queryByTestId('home-item-approvals')).toBeNull();
  });

  it('consultant: my visitors, my trials, my place in the rotation', async () => {
    await homeOf('consultant', {
      role: 'consultant',
      callBacksOpen: 2,
      callsToday: { open: 0, overdue: 0, done: 0 },
      myVisitorsWaiting: 1,
      myTrialsToday: 2,
      rotation: { rank: 2, status: 'available', isNext: false },
    });
    expect(card('callBacks')).toEqual({ text: '2call-backs to make', href: '#/callbacks' });
    expect(card('myVisitors').text).toBe('1visitors waiting for me');
    expect(card('myTrials').text).toBe('2trial visitors of mine today');
    expect(card('rotation').text).toBe('No. 2 · Availablemy place in the rotation');
  });

  it('duty manager: the shift, overrides, voids, cash and follow-ups', async () => {
    await homeOf('dutyManager', {
      role: 'dutyManager',
      shift: { name: '早班', status: 'open' },
      overridesToday: 1,
      voidsToday: 0,
      cashTakenCents: 123450,
      followUpsOpen: 2,
    });
    expect(card('shift')).toEqual({ text: '早班 · At workthe shift at work', href: '#/shift' });
    expect(card('cash').text).toBe('¥1,234.50cash taken since the last handover');
    expect(card('overrides').text).toBe('1check-in overrides today');
  });

  it('supervisor: approvals, flagged handovers and what is overdue', async () => {
    await homeOf('supervisor', {
      role: 'supervisor',
      approvalsWaiting: 3,
      flaggedHandovers: 1,
      followUpsOverdue: 2,
      reviewsOverdue: 5,
    });
    expect(card('approvals')).toEqual({
      text: '3requests waiting for approval',
      href: '#/approvals',
    });
    expect(card('flagged').href).toBe('#/handovers');
    expect(card('reviews')).toEqual({ text: '5reviews overdue', href: '#/reviews' });
  });

  it('admin: lockouts, backups and integrity, in words', async () => {
    await homeOf('admin', {
      role: 'admin',
      staffLockedOut: 1,
      backup: { lastGoodAt: null, warnings: 1 },
      integrityOk: false,
      settings: {
        siteName: '静安店',
        siteProfile: 'office',
        modules: ['visitors', 'clientFiles'],
        idleLockMinutes: 5,
      },
    });
    expect(card('lockedOut')).toEqual({ text: '1staff locked out by wrong PINs', href: '#/staff' });
    expect(card('backup')).toEqual({ text: 'No backup yetbackups', href: '#/backups' });
    expect(
      within(screen.getByTestId('home-item-integrity')).getByText('Problem found'),
    ).toBeTruthy();
    expect(card('settings')).toEqual({
      text: 'Officesite profile, in settings2 modules in use · 静安店 · locks after 5 min',
      href: '#/settings',
    });
  });

  it('leaves out the cards of modules this site does not use', async () => {
    useSettingsStore.setState({ settings: null });
    await homeOf('receptionist', {
      role: 'receptionist',
      visitorsWaiting: 2,
      unreadNotes: 1,
      followUpsOpen: 0,
      callBacksOpen: 0,
      callsToday: { open: 0, overdue: 0, done: 0 },
    });
    const ids = screen.getAllByTestId(/^home-item-[a-zA-Z]+$/).map((e) => e.dataset.testid);
    expect(ids).toEqual([
      'home-item-visitorsWaiting',
      'home-item-unreadNotes',
      'home-item-followUps',
      'home-item-callBacks',
      'home-item-callsToday',
    ]);
  });

  it('shows no figures of another role left from the previous person', async () => {
    useHomeStore.setState({
      summary: {
        role: 'admin',
        staffLockedOut: 0,
        backup: { lastGoodAt: 1, warnings: 0 },
        integrityOk: true,
        settings: { siteName: 'x', siteProfile: 'gym', modules: [], idleLockMinutes: 5 },
      },
    });
    fakeBridge({});
    renderWithMantine(<HomeScreen session={sessionAs('receptionist')} />);
    await screen.findByText("Today's figures could not be read.");
    expect(screen.queryByTestId('home-item-lockedOut')).toBeNull();
  });

  it('reads the figures again when main pushes a changed view, and stops when the page closes', async () => {
    let waiting = 0;
    const calls = fakeBridge({
      'home.summary': () =>
        ok({
          role: 'receptionist',
          onSite: 0,
          tagsOut: 0,
          visitorsWaiting: waiting,
          queueWaiting: 0,
          unreadNotes: 0,
          followUpsOpen: 0,
        }),
    });
    const listeners = new Map<string, (payload: unknown) => void>();
    window.deskbook!.on = (event, listener) => {
      listeners.set(event, listener);
      return () => listeners.delete(event);
    };
    const view = renderWithMantine(<HomeScreen session={sessionAs('receptionist')} />);
    await screen.findByTestId('home-cards');
    waiting = 2;
    act(() => listeners.get('view:visitors.waiting')!(null));
    await waitFor(() => expect(card('visitorsWaiting').text).toContain('2'));
    view.unmount();
    expect(listeners.size).toBe(0);
    expect(calls.filter((c) => c.channel === 'home.summary')).toHaveLength(2);
  });
});
