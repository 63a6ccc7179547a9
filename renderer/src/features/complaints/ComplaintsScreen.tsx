import { Button, Group, Select, Stack, Switch, Tabs, Text, TextInput, Title } from '@mantine/core';
import { IconMessageReport, IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { SessionView } from '../../../../shared/contract/views';
import type { ComplaintCategory, ComplaintState } from '../../../../shared/domain/complaint';
import { ErrorAlert } from '../../app/ErrorAlert';
import { useT } from '../../app/i18n';
import { rolesFor } from '../../app/nav';
import { PageHeader } from '../../app/PageHeader';
import { BoardPanel } from './BoardPanel';
import { ComplaintTable } from './ComplaintTable';
import { useIntakeStore } from './intakeStore';
import { categoryOptions, deadlineOptions, stateOptions, type DEADLINE_FILTERS } from './labels';
import { useComplaintListStore } from './listStore';
import { useMyComplaintsStore } from './mineStore';

function MyCases() {
  const t = useT();
  const { mine, offsetMs, error, load } = useMyComplaintsStore();
  useEffect(() => {
    void load();
  }, [load]);
  const groups = [
    ['offered', 'complaints.mine.offered', mine?.offered],
    ['escalated', 'complaints.mine.escalated', mine?.escalatedToMe],
    ['owned', 'complaints.mine.owned', mine?.owned],
  ] as const;
  return (
    <Stack gap="md">
      <ErrorAlert error={error} />
      {groups.map(([key, label, items]) =>
        items && (key === 'owned' || items.length > 0) ? (
          <Stack key={key} gap={4}>
            <Title order={5}>{t(label)}</Title>
            <ComplaintTable items={items} offsetMs={offsetMs} testId={`mine-${key}`} />
          </Stack>
        ) : null,
      )}
    </Stack>
  );
}

function Filters({ search }: { search: boolean }) {
  const t = useT();
  const { filter, setFilter } = useComplaintListStore();
  const [query, setQuery] = useState(filter.query ?? '');
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      {search && (
        <TextInput
          label={t('complaints.search')}
          leftSection={<IconSearch size={16} />}
          value={query}
          w={260}
          onChange={(e) => setQuery(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') void setFilter({ query: query.trim() || undefined });
          }}
          onBlur={() => void setFilter({ query: query.trim() || undefined })}
          data-autofocus
          data-testid="complaints-query"
        />
      )}
      <Select
        label={t('complaints.filter.state')}
        data={stateOptions(t)}
        value={filter.state ?? null}
        clearable
        w={170}
        onChange={(v) => void setFilter({ state: (v as ComplaintState) ?? undefined })}
        data-testid="complaints-filter-state"
      />
      <Select
        label={t('complaints.filter.category')}
        data={categoryOptions(t)}
        value={filter.category ?? null}
        clearable
        w={150}
        onChange={(v) => void setFilter({ category: (v as ComplaintCategory) ?? undefined })}
        data-testid="complaints-filter-category"
      />
      <Select
        label={t('complaints.filter.deadline')}
        data={deadlineOptions(t)}
        value={filter.deadline ?? null}
        clearable
        w={150}
        onChange={(v) =>
          void setFilter({ deadline: (v as (typeof DEADLINE_FILTERS)[number]) ?? undefined })
        }
        data-testid="complaints-filter-deadline"
      />
      {search && (
        <Switch
          label={t('complaints.filter.closedToo')}
          checked={filter.scope === 'all'}
          onChange={(e) => void setFilter({ scope: e.currentTarget.checked ? 'all' : 'open' })}
          mb={8}
          data-testid="complaints-closed-too"
        />
      )}
    </Group>
  );
}

function CaseList({ search }: { search: boolean }) {
  const t = useT();
  const { list, offsetMs, error, setFilter } = useComplaintListStore();
  useEffect(() => {
    // The open tab is every open case; the search keeps what was typed.
    void setFilter(search ? {} : { scope: 'open', query: undefined });
  }, [search, setFilter]);
  return (
    <Stack gap="sm">
      <Filters search={search} />
      <ErrorAlert error={error} />
      {list && (
        <>
          <Text size="sm" c="dimmed" data-testid="complaints-total">
            {t('complaints.total', { count: list.total })}
          </Text>
          <ComplaintTable items={list.items} offsetMs={offsetMs} />
        </>
      )}
    </Stack>
  );
}

/** 投诉: my cases, all open cases, the search and, for managers, the board. */
export function ComplaintsScreen({ session }: { session: SessionView }) {
  const t = useT();
  const board = rolesFor('complaints.board');
  const manager = board !== 'public' && board.includes(session.role);
  const [tab, setTab] = useState<string | null>(manager ? 'board' : 'mine');
  return (
    <div data-testid="complaints-screen">
      <PageHeader
        title={t('complaints.title')}
        subtitle={t('complaints.subtitle')}
        actions={
          <Button
            leftSection={<IconMessageReport size={18} />}
            onClick={() => useIntakeStore.getState().open({ channel: 'desk' })}
            data-testid="complaints-new"
          >
            {t('complaints.new')}
          </Button>
        }
      />
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List mb="md">
          {manager && (
            <Tabs.Tab value="board" data-testid="complaints-tab-board">
              {t('complaints.tab.board')}
            </Tabs.Tab>
          )}
          <Tabs.Tab value="mine" data-testid="complaints-tab-mine">
            {t('complaints.tab.mine')}
          </Tabs.Tab>
          <Tabs.Tab value="open" data-testid="complaints-tab-open">
            {t('complaints.tab.open')}
          </Tabs.Tab>
          <Tabs.Tab value="search" data-testid="complaints-tab-search">
            {t('complaints.tab.search')}
          </Tabs.Tab>
        </Tabs.List>
        {manager && (
          <Tabs.Panel value="board">
            <BoardPanel />
          </Tabs.Panel>
        )}
        <Tabs.Panel value="mine">
          <MyCases />
        </Tabs.Panel>
        <Tabs.Panel value="open">
          <CaseList search={false} />
        </Tabs.Panel>
        <Tabs.Panel value="search">
          <CaseList search />
        </Tabs.Panel>
      </Tabs>
    </div>
  );
}
