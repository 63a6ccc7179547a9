import { Badge, Button, Group, Modal, Stack, Table, Text, TextInput } from '@mantine/core';
import { TimeInput } from '@mantine/dates';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { ShiftTemplate } from '../../../../shared/contract/shiftViews';
import { HHMM, minutesOfDay } from '../../../../shared/domain/shift';
import { useT } from '../../app/i18n';
import { ModalForm, ModalFormFooter, SortActiveFields, useModalSave } from '../../app/ModalForm';
import { templateWindow } from './format';
import { useShiftSetupStore } from './setupStore';

/** null: closed; 'new': adding; a template: editing it. */
export type Editing<T> = T | 'new' | null;

const toSort = (v: number | string) => (typeof v === 'number' ? v : Number.parseInt(v, 10));

function TemplateForm({
  item,
  nextSort,
  onClose,
}: {
  item: ShiftTemplate | null;
  /** Where a new template goes: after the last one. */
  nextSort: number;
  onClose: () => void;
}) {
  const t = useT();
  const save = useShiftSetupStore((s) => s.saveTemplate);
  const [name, setName] = useState(item?.name ?? '');
  const [startsAt, setStartsAt] = useState(item?.startsAt ?? '');
  const [endsAt, setEndsAt] = useState(item?.endsAt ?? '');
  const [active, setActive] = useState(item?.active ?? true);
  const [sort, setSort] = useState<number | string>(item?.sort ?? nextSort);
  const { busy, error, run } = useModalSave(onClose);
  const times = HHMM.test(startsAt) && HHMM.test(endsAt);
  const same = times && startsAt === endsAt;
  const overnight = times && !same && minutesOfDay(endsAt) < minutesOfDay(startsAt);
  const ready = name.trim() !== '' && times && !same && Number.isInteger(toSort(sort));

  const submit = async () => {
    if (!ready) return;
    await run(() =>
      save({
        ...(item ? { id: item.id } : {}),
        name: name.trim(),
        startsAt,
        endsAt,
        active,
        sort: toSort(sort),
      }),
    );
  };

  return (
    <ModalForm onSubmit={submit}>
      <TextInput
        label={t('shiftsetup.template.name')}
        placeholder={t('shiftsetup.template.namePlaceholder')}
        value={name}
        onChange={(e) => setName(e.currentTarget.value)}
        maxLength={30}
        required
        data-autofocus
        data-testid="template-name"
      />
      <Group grow align="flex-start">
        <TimeInput
          label={t('shiftsetup.template.start')}
          value={startsAt}
          onChange={(e) => setStartsAt(e.currentTarget.value)}
          required
          data-testid="template-start"
        />
        <TimeInput
          label={t('shiftsetup.template.end')}
          value={endsAt}
          onChange={(e) => setEndsAt(e.currentTarget.value)}
          error={same ? t('shiftsetup.template.sameTimes') : undefined}
          description={overnight ? t('shiftsetup.template.overnight') : undefined}
          required
          data-testid="template-end"
        />
      </Group>
      <SortActiveFields
        sort={{
          value: sort,
          onChange: setSort,
          label: t('shiftsetup.sort'),
          hint: t('shiftsetup.sortHint'),
          max: 1000,
          testId: 'template-sort',
        }}
        active={{
          checked: active,
          onChange: setActive,
          label: t('shiftsetup.active'),
          testId: 'template-active',
        }}
      />
      <ModalFormFooter
        error={error}
        onCancel={onClose}
        cancelLabel={t('shift.cancel')}
        submitLabel={t('shiftsetup.save')}
        ready={ready}
        busy={busy}
        testId="template-save"
      />
    </ModalForm>
  );
}

export function ActiveBadge({ active }: { active: boolean }) {
  const t = useT();
  return (
    <Badge variant="light" color={active ? 'teal' : 'gray'}>
      {active ? t('shiftsetup.active') : t('shiftsetup.inactive')}
    </Badge>
  );
}

/** 班次: the site's shift patterns, e.g. 早班 09:30–16:00. */
export function TemplatesTab() {
  const t = useT();
  const templates = useShiftSetupStore((s) => s.templates);
  const [editing, setEditing] = useState<Editing<ShiftTemplate>>(null);
  const item = editing === 'new' ? null : editing;
  const nextSort = Math.min(
    1000,
    templates.reduce((max, tp) => Math.max(max, tp.sort + 1), 0),
  );
  return (
    <Stack>
      <Group justify="space-between">
        <Text c="dimmed" size="sm">
          {t('shiftsetup.template.hint')}
        </Text>
        <Button
          leftSection={<IconPlus size={16} />}
          onClick={() => setEditing('new')}
          data-testid="template-add"
        >
          {t('shiftsetup.template.add')}
        </Button>
      </Group>
      {templates.length === 0 ? (
        <Text c="dimmed">{t('shiftsetup.template.none')}</Text>
      ) : (
        <Table highlightOnHover data-testid="template-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('shiftsetup.template.name')}</Table.Th>
              <Table.Th>{t('shiftsetup.template.window')}</Table.Th>
              <Table.Th>{t('shiftsetup.state')}</Table.Th>
              <Table.Th ta="right">{t('shiftsetup.sort')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {templates.map((tp) => (
              <Table.Tr key={tp.id} data-testid="template-row" data-id={tp.id}>
                <Table.Td fw={600}>{tp.name}</Table.Td>
                <Table.Td ff="monospace">{templateWindow(tp)}</Table.Td>
                <Table.Td>
                  <ActiveBadge active={tp.active} />
                </Table.Td>
                <Table.Td ta="right">{tp.sort}</Table.Td>
                <Table.Td ta="right">
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    leftSection={<IconPencil size={14} />}
                    onClick={() => setEditing(tp)}
                    data-testid="template-edit"
                  >
                    {t('shiftsetup.edit')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={
          item
            ? t('shiftsetup.template.editTitle', { name: item.name })
            : t('shiftsetup.template.newTitle')
        }
        centered
      >
        {editing !== null && (
          <TemplateForm
            key={item?.id ?? 'new'}
            item={item}
            nextSort={nextSort}
            onClose={() => setEditing(null)}
          />
        )}
      </Modal>
    </Stack>
  );
}
