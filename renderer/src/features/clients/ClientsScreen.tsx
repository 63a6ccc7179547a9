import {
  Badge,
  Button,
  Group,
  Kbd,
  Loader,
  Modal,
  Pagination,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import {
  IconBuilding,
  IconFileExport,
  IconFileImport,
  IconFilterOff,
  IconLock,
  IconSearch,
  IconUserPlus,
} from '@tabler/icons-react';
import { memo, useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { ClientSummary } from '../../../../shared/contract/clientViews';
import type { SessionView } from '../../../../shared/contract/views';
import {
  CLIENT_KINDS,
  CREDIT_GRADES,
  MEMBERSHIP_STATUSES,
  SECRECY_LEVELS,
  type ClientKind,
  type CreditGrade,
  type MembershipStatus,
  type SecrecyLevel,
} from '../../../../shared/domain/clients';
import { ErrorAlert } from '../../app/ErrorAlert';
import { useFirstScreenful } from '../../app/FirstScreenful';
import { useSlowSearch } from '../../app/searchStore';
import { Forbidden } from '../../app/Forbidden';
import { useT } from '../../app/i18n';
import { rolesFor } from '../../app/nav';
import { PageHeader } from '../../app/PageHeader';
import { go } from '../../app/route';
import {
  AlertBadges,
  ClientAvatar,
  ClientCard,
  GradeBadge,
  SecrecyBadge,
  StatusBadge,
} from './ClientBits';
import { useExportSelectionStore } from '../approvals/selectionStore';
import { ClientFormModal } from './ClientFormModal';
import { clientKey, ClientSearchResults } from './ClientSearchResults';
import { useClientListStore, useDeskSearchStore, useStaffDirectoryStore } from './store';

/** The big box: results as you type, Enter opens the first, arrows choose. */
const DeskSearch = memo(function DeskSearch({ onPick }: { onPick: (c: ClientSummary) => void }) {
  const t = useT();
  const { query, answered, results, searching, error, setQuery, flush, clear } =
    useDeskSearchStore();
  const slow = useSlowSearch(searching);
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  useHotkeys([['/', () => input.current?.focus()]]);
  useEffect(() => setActive(0), [results]);
  useEffect(() => () => useDeskSearchStore.getState().clear(), []);

  const onKeyDown = async (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.nativeEvent.isComposing) return;
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setActive((a) => Math.min(a + 1, Math.max(0, results.length - 1)));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(0, a - 1));
    } else if (e.key === 'Escape') {
      clear();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      // A scanner types fast and ends with Enter: answer the whole card number, not a prefix.
      if (searching || answered !== query.trim()) {
        await flush();
        const first = useDeskSearchStore.getState().results[0];
        if (first) onPick(first);
      } else if (results[active]) onPick(results[active]);
    }
  };

  const trimmed = query.trim();
  return (
    <Paper withBorder radius="lg" p="md" mb="lg">
      <TextInput
        ref={input}
        size="xl"
        radius="md"
        autoFocus
        aria-label={t('clients.search.label')}
        placeholder={t('clients.search.placeholder')}
        value={query}
        onChange={(e) => setQuery(e.currentTarget.value)}
        onKeyDown={(e) => void onKeyDown(e)}
        leftSection={<IconSearch size={24} />}
        rightSection={slow ? <Loader size="sm" /> : undefined}
        autoComplete="off"
        spellCheck={false}
        data-testid="clients-search"
      />
      <Group justify="space-between" mt={6}>
        <Text size="xs" c="dimmed">
          {t('clients.search.hint')}
        </Text>
        {trimmed && answered === trimmed && results.length > 0 && (
          <Text size="xs" c="dimmed" data-testid="clients-search-count">
            {t('clients.search.count', { count: results.length })}
          </Text>
        )}
      </Group>
      {trimmed && (
        <Stack mt="sm" gap="xs">
          <ErrorAlert error={error} />
          {results.length > 0 && (
            <ClientSearchResults
              results={results}
              active={active}
              onPick={onPick}
              onHover={setActive}
            />
          )}
          {!searching && !error && answered === trimmed && results.length === 0 && (
            <Text c="dimmed" ta="center" py="sm" data-testid="clients-search-none">
              {t('clients.search.none', { query: trimmed })}
            </Text>
          )}
        </Stack>
      )}
    </Paper>
  );
});

/** Memoised, and reads only the filters: a page of rows arriving does not redraw the bar. */
const FiltersBar = memo(function FiltersBar() {
  const t = useT();
  const filters = useClientListStore((s) => s.filters);
  const setFilters = useClientListStore((s) => s.setFilters);
  const clearFilters = useClientListStore((s) => s.clearFilters);
  const staff = useStaffDirectoryStore((s) => s.entries);
  const [tag, setTag] = useState(filters.tag ?? '');
  useEffect(() => {
    const wanted = tag.trim() || null;
    if (wanted === useClientListStore.getState().filters.tag) return;
    const timer = setTimeout(() => void setFilters({ tag: wanted }), 300);
    return () => clearTimeout(timer);
  }, [tag, setFilters]);

  const any = t('clients.filter.any');
  const active = Object.values(filters).some((v) => v !== null);
  return (
    <Group align="flex-end" gap="sm" mb="md" data-testid="clients-filters">
      <Select
        label={t('clients.filter.kind')}
        placeholder={any}
        data={CLIENT_KINDS.map((k) => ({ value: k, label: t(`clients.kind.${k}`) }))}
        value={filters.kind}
        onChange={(v) => void setFilters({ kind: v as ClientKind | null })}
        clearable
        w={130}
        data-testid="clients-filter-kind"
      />
      <Select
        label={t('clients.filter.status')}
        placeholder={any}
        data={MEMBERSHIP_STATUSES.map((s) => ({ value: s, label: t(`clients.status.${s}`) }))}
        value={filters.status}
        onChange={(v) => void setFilters({ status: v as MembershipStatus | null })}
        clearable
        w={150}
        data-testid="clients-filter-status"
      />
      <Select
        label={t('clients.filter.grade')}
        placeholder={any}
        data={CREDIT_GRADES.map((g) => ({ value: g, label: g }))}
        value={filters.creditGrade}
        onChange={(v) => void setFilters({ creditGrade: v as CreditGrade | null })}
        clearable
        w={120}
        data-testid="clients-filter-grade"
      />
      <Select
        label={t('clients.filter.secrecy')}
        placeholder={any}
        data={SECRECY_LEVELS.map((s) => ({ value: s, label: t(`clients.secrecy.${s}`) }))}
        value={filters.secrecy}
        onChange={(v) => void setFilters({ secrecy: v as SecrecyLevel | null })}
        clearable
        w={140}
        data-testid="clients-filter-secrecy"
      />
      <Select
        label={t('clients.filter.consultant')}
        placeholder={any}
        data={staff.map((s) => ({ value: s.id, label: s.displayName }))}
        value={filters.consultantId}
        onChange={(v) => void setFilters({ consultantId: v })}
        clearable
        searchable
        w={170}
        data-testid="clients-filter-consultant"
      />
      <TextInput
        label={t('clients.filter.tag')}
        placeholder={any}
        value={tag}
        onChange={(e) => setTag(e.currentTarget.value)}
        maxLength={20}
        w={140}
        data-testid="clients-filter-tag"
      />
      {active && (
        <Button
          variant="subtle"
          leftSection={<IconFilterOff size={16} />}
          onClick={() => {
            setTag('');
            void clearFilters();
          }}
          data-testid="clients-filter-clear"
        >
          {t('clients.filter.clear')}
        </Button>
      )}
    </Group>
  );
});

/** Memoised: the rows a reopened list gets again unchanged (the store keeps them) stay drawn. */
const Row = memo(function Row({
  c,
  onPick,
}: {
  c: ClientSummary;
  onPick: (c: ClientSummary) => void;
}) {
  const t = useT();
  return (
    <Table.Tr
      onClick={() => onPick(c)}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          onPick(c);
        }
      }}
      tabIndex={0}
      style={{ cursor: 'pointer' }}
      data-testid={`client-row-${clientKey(c)}`}
      data-restricted={c.restricted ? 'true' : undefined}
    >
      <Table.Td>
        <Group gap="sm" wrap="nowrap">
          <ClientAvatar client={c} size={40} />
          <div style={{ minWidth: 0 }}>
            <Group gap={6} wrap="nowrap">
              {c.kind === 'organisation' && (
                <IconBuilding size={16} aria-label={t('clients.kind.organisation')} />
              )}
              <Text fw={600} truncate>
                {c.name}
              </Text>
            </Group>
            {c.nameLatin && (
              <Text size="xs" c="dimmed" truncate>
                {c.nameLatin}
              </Text>
            )}
          </div>
        </Group>
      </Table.Td>
      <Table.Td>
        <Text ff="monospace" fw={500}>
          {c.cardNumber ?? '—'}
        </Text>
        {c.cardType && (
          <Text size="xs" c="dimmed">
            {c.cardType}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <StatusBadge status={c.status} size="lg" />
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{c.expiresOn ?? '—'}</Table.Td>
      <Table.Td>
        <GradeBadge grade={c.creditGrade} size="sm" />
      </Table.Td>
      <Table.Td>{c.consultantName ?? '—'}</Table.Td>
      <Table.Td>
        <Group gap={4}>
          <SecrecyBadge level={c.secrecy} size="sm" />
          {c.restricted && (
            <Badge
              size="sm"
              color="orange"
              variant="outline"
              leftSection={<IconLock size={11} />}
              data-testid={`client-restricted-${clientKey(c)}`}
            >
              {t('clients.restricted.badge')}
            </Badge>
          )}
        </Group>
      </Table.Td>
      <Table.Td>
        <AlertBadges alerts={c.alerts} expiresOn={c.expiresOn} size="sm" compact />
      </Table.Td>
    </Table.Tr>
  );
});

export function ClientsScreen({ session }: { session: SessionView }) {
  const t = useT();
  const { rows, total, offset, limit, error, loading, filters, load, setPage } = useClientListStore(
    useShallow((s) => ({
      rows: s.rows,
      total: s.total,
      offset: s.offset,
      limit: s.limit,
      error: s.error,
      // Only an empty list says "loading" or "none"; a shown page is refreshed quietly.
      loading: s.rows.length === 0 && s.loading,
      filters: s.filters,
      load: s.load,
      setPage: s.setPage,
    })),
  );
  const loadStaff = useStaffDirectoryStore((s) => s.load);
  const [formOpen, setFormOpen] = useState(false);
  const [card, setCard] = useState<ClientSummary | null>(null);
  const { shown, rest } = useFirstScreenful(rows);

  useEffect(() => {
    void load();
    void loadStaff();
  }, [load, loadStaff]);

  const importRoles = rolesFor('clients.importPreview');
  const canImport = importRoles !== 'public' && importRoles.includes(session.role);
  const exportRoles = rolesFor('exports.request');
  const canExport = exportRoles !== 'public' && exportRoles.includes(session.role);
  /** The files on this page become the selection of a new export request. */
  const requestExport = () => {
    useExportSelectionStore.getState().setIds(rows.map((r) => r.id));
    go('approvals');
  };

  /** A file this role may not open shows its check-in card instead of a refusal. */
  const pick = useCallback((c: ClientSummary) => {
    if (c.restricted) setCard(c);
    else go('client', c.id);
  }, []);

  if (error?.code === 'FORBIDDEN')
    return <Forbidden channel="clients.list" feature={t('nav.clients')} role={session.role} />;

  const pages = Math.max(1, Math.ceil(total / limit));
  const filtered = Object.values(filters).some((v) => v !== null);
  return (
    <>
      <PageHeader
        title={t('clients.title')}
        subtitle={t('clients.subtitle')}
        actions={
          <>
            {canExport && rows.length > 0 && (
              <Button
                variant="default"
                leftSection={<IconFileExport size={18} />}
                onClick={requestExport}
                data-testid="clients-export"
              >
                {t('clients.exportPage', { count: rows.length })}
              </Button>
            )}
            {canImport && (
              <Button
                variant="default"
                leftSection={<IconFileImport size={18} />}
                onClick={() => go('import')}
                data-testid="clients-import"
              >
                {t('clients.import')}
              </Button>
            )}
            <Button
              leftSection={<IconUserPlus size={18} />}
              onClick={() => setFormOpen(true)}
              data-testid="clients-new"
            >
              {t('clients.new')}
            </Button>
          </>
        }
      />
      <DeskSearch onPick={pick} />
      <FiltersBar />
      <ErrorAlert error={error} />
      <Table.ScrollContainer minWidth={960}>
        <Table highlightOnHover verticalSpacing="sm" data-testid="clients-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('clients.col.client')}</Table.Th>
              <Table.Th>{t('clients.col.card')}</Table.Th>
              <Table.Th>{t('clients.col.status')}</Table.Th>
              <Table.Th>{t('clients.col.expiry')}</Table.Th>
              <Table.Th>{t('clients.col.grade')}</Table.Th>
              <Table.Th>{t('clients.col.consultant')}</Table.Th>
              <Table.Th>{t('clients.col.secrecy')}</Table.Th>
              <Table.Th>{t('clients.col.alerts')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((c) => (
              <Row key={c.id} c={c} onPick={pick} />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {rest}
      {rows.length === 0 && !loading && !error && (
        <Text c="dimmed" ta="center" py="xl" data-testid="clients-empty">
          {t(filtered ? 'clients.list.empty' : 'clients.list.emptyAll')}
        </Text>
      )}
      {total > 0 && (
        <Group justify="space-between" mt="md">
          <Text size="sm" c="dimmed" data-testid="clients-total">
            {t('clients.list.total', {
              from: offset + 1,
              to: Math.min(offset + limit, total),
              total,
            })}
          </Text>
          {pages > 1 && (
            <Pagination
              total={pages}
              value={Math.floor(offset / limit) + 1}
              onChange={(p) => void setPage(p)}
              data-testid="clients-pages"
            />
          )}
        </Group>
      )}
      <Group gap={6} mt="lg" c="dimmed">
        <Kbd size="xs">Ctrl</Kbd>+<Kbd size="xs">K</Kbd>
        <Text size="xs">{t('clients.spotlight.hint')}</Text>
      </Group>
      <Modal
        opened={!!card}
        onClose={() => setCard(null)}
        title={t('clients.card.title')}
        size="lg"
        data-testid="client-card-modal"
      >
        {card && <ClientCard client={card} />}
      </Modal>
      <ClientFormModal
        opened={formOpen}
        onClose={() => setFormOpen(false)}
        session={session}
        onSaved={(f) => go('client', f.id)}
      />
    </>
  );
}
