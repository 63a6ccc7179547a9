import { Badge, Button, Paper, Table, Text, Title } from '@mantine/core';
import { IconPrinter, IconRefresh } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { useShallow } from 'zustand/react/shallow';
import type { SessionView } from '../../../../shared/contract/views';
import { ErrorAlert } from '../../app/ErrorAlert';
import { Forbidden } from '../../app/Forbidden';
import { useT } from '../../app/i18n';
import { PageHeader } from '../../app/PageHeader';
import { useRefresh } from '../../app/useRefresh';
import { useVaultStore } from '../setup/store';
import { hhmm } from '../desk/format';
import { ClosingCheck, LostTags } from './ClosingCheck';
import { useOnSiteStore } from './onSiteStore';
import { SAFETY_NET_MS } from '../../app/live/connectionStore';

/** The list refreshes itself while open, so a printout is never stale by more than this. */
/** Main pushes every change; reading again now and then is only a safety net. */
const REFRESH_MS = SAFETY_NET_MS;

/** Paper only gets the list: the shell's navbar, header and every button stay on screen. */
const PRINT_CSS = `
.mantine-AppShell-navbar, .mantine-AppShell-header, [data-noprint] { display: none !important; }
.mantine-AppShell-main { padding: 0 !important; margin: 0 !important; }
.deskadmin-print-only { display: block !important; }
.deskadmin-onsite table { font-size: 12pt; }
.deskadmin-onsite tr { break-inside: avoid; }
`;

/** 在场人员 / 疏散名单: who is in now, printable in one click. */
export function OnSiteScreen({ session }: { session: SessionView }) {
  const t = useT();
  const { people, loadedAt, error, load } = useOnSiteStore(
    useShallow((s) => ({ people: s.people, loadedAt: s.loadedAt, error: s.error, load: s.load })),
  );
  const { refreshing, refresh } = useRefresh(load);
  const siteName = useVaultStore((s) => s.status?.siteName) ?? '';
  const [printedAt, setPrintedAt] = useState<number | null>(null);

  useEffect(() => {
    void load();
    const id = window.setInterval(() => void load(), REFRESH_MS);
    return () => window.clearInterval(id);
  }, [load]);

  if (error?.code === 'FORBIDDEN')
    return <Forbidden channel="desk.onSite" feature={t('nav.onsite')} role={session.role} />;

  const print = () => {
    flushSync(() => setPrintedAt(Date.now()));
    window.print();
  };
  const stamp = printedAt ?? loadedAt ?? Date.now();

  return (
    <div className="deskadmin-onsite" data-testid="onsite-screen">
      <style media="print">{PRINT_CSS}</style>
      <div
        className="deskadmin-print-only"
        style={{ display: 'none' }}
        data-testid="onsite-print-head"
      >
        <Title order={2}>{t('deskadmin.onsite.printTitle', { site: siteName })}</Title>
        <Text mb="md" data-testid="onsite-print-time">
          {t('deskadmin.onsite.printedAt', {
            time: dayjs(stamp).format('YYYY-MM-DD HH:mm'),
            count: people.length,
          })}
        </Text>
      </div>
      <div data-noprint>
        <PageHeader
          title={t('deskadmin.onsite.title')}
          subtitle={t('deskadmin.onsite.subtitle')}
          actions={
            <>
              <Badge size="xl" variant="light" data-testid="onsite-count">
                {t('deskadmin.onsite.count', { count: people.length })}
              </Badge>
              <Button
                variant="default"
                leftSection={<IconRefresh size={16} />}
                loading={refreshing}
                onClick={refresh}
                data-testid="onsite-refresh"
                data-noprint
              >
                {t('deskadmin.refresh')}
              </Button>
              <Button
                size="lg"
                leftSection={<IconPrinter size={20} />}
                onClick={print}
                data-testid="onsite-print"
                data-noprint
              >
                {t('deskadmin.onsite.print')}
              </Button>
            </>
          }
        />
        <ErrorAlert error={error} />
      </div>
      <Paper withBorder radius="lg" p="md">
        {people.length === 0 ? (
          <Text c="dimmed" data-testid="onsite-empty">
            {t('deskadmin.onsite.none')}
          </Text>
        ) : (
          <Table striped highlightOnHover verticalSpacing="xs" data-testid="onsite-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('deskadmin.onsite.tag')}</Table.Th>
                <Table.Th>{t('deskadmin.onsite.name')}</Table.Th>
                <Table.Th>{t('deskadmin.onsite.kind')}</Table.Th>
                <Table.Th>{t('deskadmin.onsite.card')}</Table.Th>
                <Table.Th>{t('deskadmin.onsite.since')}</Table.Th>
                <Table.Th w={90}>{t('deskadmin.onsite.checked')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {people.map((p) => {
                const visitor = p.clientId === null;
                return (
                  <Table.Tr
                    key={p.checkInId}
                    data-testid="onsite-row"
                    data-kind={visitor ? 'visitor' : 'member'}
                  >
                    <Table.Td fw={800} fz="lg" data-testid="onsite-tag">
                      {p.tagNumber ?? '—'}
                    </Table.Td>
                    <Table.Td fw={500} data-testid="onsite-name">
                      {p.name ?? (visitor ? t('deskadmin.guest') : '—')}
                    </Table.Td>
                    <Table.Td>
                      <Badge size="sm" variant="light" color={visitor ? 'grape' : 'blue'}>
                        {visitor ? t('deskadmin.guest') : t('deskadmin.onsite.member')}
                      </Badge>
                    </Table.Td>
                    <Table.Td ff="monospace">{p.cardNumber ?? '—'}</Table.Td>
                    <Table.Td>{hhmm(p.since)}</Table.Td>
                    <Table.Td>☐</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
      <ClosingCheck />
      <LostTags />
    </div>
  );
}
