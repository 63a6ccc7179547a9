import { Alert, Badge, Button, Group, Table, Text } from '@mantine/core';
import { IconShieldCheck, IconShieldX } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { memo, useEffect, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { AuditEntry, SessionView } from '../../../../shared/contract/views';
import { ErrorAlert } from '../../app/ErrorAlert';
import { useFirstScreenful } from '../../app/FirstScreenful';
import { Forbidden } from '../../app/Forbidden';
import { labelOr, useT, type T } from '../../app/i18n';
import { PageHeader } from '../../app/PageHeader';
import { go } from '../../app/route';
import { AuditFiltersBar } from './AuditFiltersBar';
import { IntegrityCard } from './IntegrityCard';
import { FingerprintCheck } from './FingerprintCheck';
import { formatDetail } from './formatDetail';
import { useAuditStore } from './store';

const OUTCOME_COLOR = { ok: 'teal', denied: 'red', failed: 'orange' } as const;

function VerifyBanner({ t }: { t: T }) {
  const report = useAuditStore((s) => s.report);
  if (!report) return null;
  const anchors = (
    <Text size="sm" mt={4} data-testid="audit-anchors">
      {t('audit.anchorsChecked', { count: report.anchorsChecked })}{' '}
      {report.backupAnchor
        ? t(report.backupAnchor.ok ? 'audit.backupAnchorOk' : 'audit.backupAnchorBroken', {
            time: dayjs(report.backupAnchor.at).format('YYYY-MM-DD HH:mm'),
            seq: report.backupAnchor.seq,
          })
        : t('audit.backupAnchorNone')}
    </Text>
  );
  if (report.intact) {
    return (
      <Alert color="teal" icon={<IconShieldCheck />} mb="md" data-testid="audit-verify-result">
        {t('audit.verifyIntact', { count: report.checked, fingerprint: report.fingerprint ?? '—' })}
        {anchors}
      </Alert>
    );
  }
  const brk = report.firstBreak!;
  const anchor = brk.problem === 'anchor' ? report.brokenAnchor : null;
  return (
    <Alert color="red" icon={<IconShieldX />} mb="md" data-testid="audit-verify-result">
      {t('audit.verifyBroken', { seq: brk.seq, problem: t(`audit.problem.${brk.problem}`) })}
      {anchor && (
        <Group gap="sm" mt={6} data-testid="audit-broken-anchor">
          <Text size="sm" fw={600}>
            {t('audit.anchorBroken', {
              seq: anchor.seq,
              time: dayjs(anchor.at).format('YYYY-MM-DD HH:mm'),
            })}
          </Text>
          <Button
            size="compact-sm"
            variant="white"
            color="red"
            onClick={() => go('handover', anchor.sourceId)}
            data-testid="audit-open-handover"
          >
            {t('audit.openHandover')}
          </Button>
        </Group>
      )}
      {anchors}
    </Alert>
  );
}

/** What a row points to: the name main resolved, else its kind and a short id. */
function targetText(t: T, e: AuditEntry): string {
  if (!e.targetType) return '—';
  const kind = labelOr(t, `audit.target.${e.targetType}`, t('audit.target.other'));
  // A file name (a backup) is what people recognise; a generated id reads as its tail.
  const id = e.targetId ?? '';
  const what = e.targetName ?? (id.includes('.') ? id : id ? `…${id.slice(-8)}` : '');
  return what ? `${kind} · ${what}` : kind;
}

/** Memoised: rows main sends again unchanged (the store keeps them) are not redrawn. */
const Row = memo(function Row({
  e,
  t,
  names,
}: {
  e: AuditEntry;
  t: T;
  names: Record<string, string>;
}) {
  const detail = formatDetail(t, e, names);
  return (
    <Table.Tr data-testid="audit-row">
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <Text size="sm">{dayjs(e.at).format('YYYY-MM-DD HH:mm:ss')}</Text>
        <Text size="xs" c="dimmed">
          {t('audit.col.id', { seq: e.seq })}
        </Text>
      </Table.Td>
      <Table.Td>{e.actorName ?? <Text c="dimmed">{t('audit.system')}</Text>}</Table.Td>
      <Table.Td>
        {/* The internal action name stays out of sight, in the tooltip for support. */}
        <Text size="sm" fw={500} title={e.action}>
          {labelOr(t, `audit.action.${e.action}`, e.action)}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{targetText(t, e)}</Text>
      </Table.Td>
      <Table.Td>
        <Badge color={OUTCOME_COLOR[e.outcome]} variant="light">
          {t(`audit.outcome.${e.outcome}`)}
        </Badge>
      </Table.Td>
      <Table.Td maw={360}>
        <Text size="sm" lineClamp={3} title={detail || undefined}>
          {detail || '—'}
        </Text>
      </Table.Td>
    </Table.Tr>
  );
});

export function AuditScreen({ session }: { session: SessionView }) {
  const t = useT();
  const { rows, nextBeforeSeq, names, error, staffNames, load, loadMore, verify } = useAuditStore(
    useShallow((s) => ({
      rows: s.rows,
      nextBeforeSeq: s.nextBeforeSeq,
      names: s.names,
      error: s.error,
      staffNames: s.facets.staffNames,
      load: s.load,
      loadMore: s.loadMore,
      verify: s.verify,
    })),
  );
  const allNames = useMemo(() => ({ ...staffNames, ...names }), [staffNames, names]);
  const { shown, rest } = useFirstScreenful(rows);
  useEffect(() => {
    void load();
  }, [load]);
  if (error?.code === 'FORBIDDEN')
    return <Forbidden channel="audit.list" feature={t('nav.audit')} role={session.role} />;
  return (
    <>
      <PageHeader
        title={t('audit.title')}
        subtitle={t('audit.subtitle')}
        actions={
          <Button
            leftSection={<IconShieldCheck size={18} />}
            onClick={() => void verify()}
            data-testid="audit-verify"
          >
            {t('audit.verify')}
          </Button>
        }
      />
      <VerifyBanner t={t} />
      <ErrorAlert error={error} />
      <IntegrityCard />
      <FingerprintCheck />
      <AuditFiltersBar />
      <Table.ScrollContainer minWidth={900}>
        <Table striped verticalSpacing="xs" data-testid="audit-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('audit.col.time')}</Table.Th>
              <Table.Th>{t('audit.col.who')}</Table.Th>
              <Table.Th>{t('audit.col.what')}</Table.Th>
              <Table.Th>{t('audit.col.target')}</Table.Th>
              <Table.Th>{t('audit.col.outcome')}</Table.Th>
              <Table.Th>{t('audit.col.detail')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((e) => (
              <Row key={e.seq} e={e} t={t} names={allNames} />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {rest}
      {rows.length === 0 && (
        <Text c="dimmed" ta="center" py="xl">
          {t('audit.empty')}
        </Text>
      )}
      {nextBeforeSeq && (
        <Button variant="default" fullWidth mt="md" onClick={() => void loadMore()}>
          {t('common.loadMore')}
        </Button>
      )}
    </>
  );
}
