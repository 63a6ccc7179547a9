import { Button, Group, Select } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { IconFilterOff } from '@tabler/icons-react';
import { useShallow } from 'zustand/react/shallow';
import { labelOr, useT } from '../../app/i18n';
import { useUiStore } from '../../app/uiStore';
import { useAuditStore } from './store';

/** Who, what, when: the three questions a supervisor asks of the log. */
export function AuditFiltersBar() {
  const t = useT();
  const language = useUiStore((s) => s.language);
  const { filters, facets, setFilters, clearFilters } = useAuditStore(
    useShallow((s) => ({
      filters: s.filters,
      facets: s.facets,
      setFilters: s.setFilters,
      clearFilters: s.clearFilters,
    })),
  );
  const range: [string | null, string | null] = [filters.fromDay, filters.toDay];
  return (
    <Group align="flex-end" mb="md" gap="sm">
      <Select
        label={t('audit.filter.who')}
        placeholder={t('audit.filter.anyone')}
        data={facets.actors.map((a) => ({ value: a.id, label: a.name }))}
        value={filters.actorId}
        onChange={(v) => void setFilters({ actorId: v })}
        clearable
        searchable
        w={200}
        data-testid="audit-filter-who"
      />
      <Select
        label={t('audit.filter.what')}
        placeholder={t('audit.filter.anything')}
        data={facets.actions.map((a) => ({ value: a, label: labelOr(t, `audit.action.${a}`, a) }))}
        value={filters.action}
        onChange={(v) => void setFilters({ action: v })}
        clearable
        searchable
        w={240}
        data-testid="audit-filter-what"
      />
      <DatePickerInput
        type="range"
        label={t('audit.filter.when')}
        placeholder="YYYY-MM-DD – YYYY-MM-DD"
        value={range}
        onChange={(v) => {
          const [from, to] = v as [string | null, string | null];
          if ((from && to) || (!from && !to)) void setFilters({ fromDay: from, toDay: to });
        }}
        valueFormat="YYYY-MM-DD"
        locale={language === 'zh-CN' ? 'zh-cn' : 'en'}
        clearable
        allowSingleDateInRange
        w={260}
      />
      <Button
        variant="subtle"
        leftSection={<IconFilterOff size={16} />}
        onClick={() => void clearFilters()}
      >
        {t('audit.filter.clear')}
      </Button>
    </Group>
  );
}
