import {
  Button,
  Group,
  Modal,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { AppErrorShape } from '../../../../shared/contract/result';
import type { ChecklistItem } from '../../../../shared/contract/shiftViews';
import { CHECKLIST_PHASES, type ChecklistPhase } from '../../../../shared/domain/shift';
import { ErrorAlert } from '../../app/ErrorAlert';
import { useT } from '../../app/i18n';
import { ModalForm, ModalFormFooter, SortActiveFields, useModalSave } from '../../app/ModalForm';
import { useShiftSetupStore } from './setupStore';
import { ActiveBadge } from './TemplatesTab';

function ItemForm({ item, onClose }: { item: ChecklistItem; onClose: () => void }) {
  const t = useT();
  const save = useShiftSetupStore((s) => s.saveItem);
  const [label, setLabel] = useState(item.label);
  const [sort, setSort] = useState<number | string>(item.sort);
  const [active, setActive] = useState(item.active);
  const { busy, error, run } = useModalSave(onClose);
  const sortValue = typeof sort === 'number' ? sort : Number.parseInt(sort, 10);
  const ready = label.trim() !== '' && Number.isInteger(sortValue);

  const submit = async () => {
    if (!ready) return;
    await run(() =>
      save({ id: item.id, phase: item.phase, label: label.trim(), sort: sortValue, active }),
    );
  };

  return (
    <ModalForm onSubmit={submit}>
      <TextInput
        label={t('shiftsetup.item.label')}
        value={label}
        onChange={(e) => setLabel(e.currentTarget.value)}
        maxLength={120}
        required
        data-autofocus
        data-testid="item-label"
      />
      <SortActiveFields
        sort={{
          value: sort,
          onChange: setSort,
          label: t('shiftsetup.sort'),
          hint: t('shiftsetup.sortHint'),
          max: 1000,
          testId: 'item-sort',
        }}
        active={{
          checked: active,
          onChange: setActive,
          label: t('shiftsetup.active'),
          hint: t('shiftsetup.item.activeHint'),
          testId: 'item-active',
        }}
      />
      <ModalFormFooter
        error={error}
        onCancel={onClose}
        cancelLabel={t('shift.cancel')}
        submitLabel={t('shiftsetup.save')}
        ready={ready}
        busy={busy}
        testId="item-save"
      />
    </ModalForm>
  );
}

function AddItem({ phase, nextSort }: { phase: ChecklistPhase; nextSort: number }) {
  const t = useT();
  const save = useShiftSetupStore((s) => s.saveItem);
  const [label, setLabel] = useState('');
  const [error, setError] = useState<AppErrorShape | null>(null);
  const submit = async () => {
    if (!label.trim()) return;
    const r = await save({ phase, label: label.trim(), sort: nextSort, active: true });
    setError(r.ok ? null : r.error);
    if (r.ok) setLabel('');
  };
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Stack gap="xs">
        <Group gap="xs" align="flex-end" wrap="nowrap">
          <TextInput
            style={{ flex: 1 }}
            placeholder={t('shiftsetup.item.newPlaceholder')}
            value={label}
            onChange={(e) => setLabel(e.currentTarget.value)}
            maxLength={120}
            data-testid={`item-new-${phase}`}
          />
          <Button
            type="submit"
            variant="light"
            leftSection={<IconPlus size={16} />}
            disabled={!label.trim()}
            data-testid={`item-add-${phase}`}
          >
            {t('shiftsetup.item.add')}
          </Button>
        </Group>
        <ErrorAlert error={error} />
      </Stack>
    </form>
  );
}

function PhaseList({
  phase,
  onEdit,
}: {
  phase: ChecklistPhase;
  onEdit: (item: ChecklistItem) => void;
}) {
  const t = useT();
  const items = useShiftSetupStore((s) => s.checklist).filter((i) => i.phase === phase);
  const nextSort = items.reduce((max, i) => Math.max(max, i.sort + 10), 10);
  return (
    <Paper withBorder radius="lg" p="md" data-testid={`items-${phase}`}>
      <Title order={4} mb="sm">
        {t(`shift.checklist.${phase}`)}
      </Title>
      <Stack gap={6} mb="md">
        {items.length === 0 && (
          <Text c="dimmed" size="sm">
            {t('shift.checklist.none')}
          </Text>
        )}
        {items.map((i) => (
          <Group
            key={i.id}
            justify="space-between"
            wrap="nowrap"
            data-testid="item-row"
            data-id={i.id}
          >
            <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
              <Text size="xs" c="dimmed" ff="monospace" w={32}>
                {i.sort}
              </Text>
              <Text c={i.active ? undefined : 'dimmed'} td={i.active ? undefined : 'line-through'}>
                {i.label}
              </Text>
              {!i.active && <ActiveBadge active={false} />}
            </Group>
            <Button
              size="compact-sm"
              variant="subtle"
              leftSection={<IconPencil size={14} />}
              onClick={() => onEdit(i)}
              data-testid="item-edit"
            >
              {t('shiftsetup.edit')}
            </Button>
          </Group>
        ))}
      </Stack>
      <AddItem phase={phase} nextSort={Math.min(nextSort, 1000)} />
    </Paper>
  );
}

/** 开班检查 and 交班前检查: copied into each shift when it opens. */
export function ChecklistTab() {
  const t = useT();
  const [editing, setEditing] = useState<ChecklistItem | null>(null);
  return (
    <Stack>
      <Text c="dimmed" size="sm">
        {t('shiftsetup.item.hint')}
      </Text>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {CHECKLIST_PHASES.map((phase) => (
          <PhaseList key={phase} phase={phase} onEdit={setEditing} />
        ))}
      </SimpleGrid>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={t('shiftsetup.item.editTitle')}
        centered
      >
        {editing && <ItemForm key={editing.id} item={editing} onClose={() => setEditing(null)} />}
      </Modal>
    </Stack>
  );
}
