import { Badge, Button, Group, List, Text, Textarea, ThemeIcon } from '@mantine/core';
import { IconCheck, IconCircleDashed } from '@tabler/icons-react';
import type { HandoverContent } from '../../../../../shared/contract/handoverViews';
import { useT } from '../../../app/i18n';
import { go } from '../../../app/route';
import { useHandoverStore } from '../store';
import { Empty } from './bits';

export function SummaryBody({ summary, editable }: { summary: string | null; editable: boolean }) {
  const t = useT();
  const value = useHandoverStore((s) => s.form.summary);
  const edit = useHandoverStore((s) => s.edit);
  const flush = useHandoverStore((s) => s.flush);
  if (!editable)
    return summary ? (
      <Text style={{ whiteSpace: 'pre-wrap' }} data-testid="summary-text">
        {summary}
      </Text>
    ) : (
      <Empty>{t('handover.summary.empty')}</Empty>
    );
  return (
    <Textarea
      aria-label={t('handover.summary.label')}
      description={t('handover.summary.hint')}
      autosize
      minRows={4}
      maxRows={14}
      maxLength={4000}
      value={value}
      onChange={(e) => edit({ summary: e.currentTarget.value }, 'summary')}
      onBlur={() => void flush()}
      data-testid="summary-input"
    />
  );
}

type Checklist = HandoverContent['closingChecklist'];

export function checklistProgress(items: Checklist) {
  return { done: items.filter((i) => i.done).length, total: items.length };
}

export function ChecklistProgressBadge({ items }: { items: Checklist }) {
  const t = useT();
  const { done, total } = checklistProgress(items);
  return (
    <Badge
      variant="light"
      color={done === total ? 'green' : 'orange'}
      data-testid="checklist-progress"
    >
      {t('handover.check.progress', { done, total })}
    </Badge>
  );
}

/** The closing checklist is ticked on the shift screen; here its state is read back. */
export function ChecklistBody({ items, editable }: { items: Checklist; editable: boolean }) {
  const t = useT();
  if (items.length === 0) return <Empty>{t('handover.check.none')}</Empty>;
  const open = items.some((i) => !i.done);
  return (
    <>
      <List spacing={4} size="sm" data-testid="checklist">
        {items.map((i) => (
          <List.Item
            key={i.label}
            data-done={i.done}
            icon={
              <ThemeIcon size={20} radius="xl" color={i.done ? 'green' : 'orange'} variant="light">
                {i.done ? <IconCheck size={14} /> : <IconCircleDashed size={14} />}
              </ThemeIcon>
            }
          >
            <Group gap={6} wrap="nowrap">
              <Text size="sm">{i.label}</Text>
              <Text size="xs" c={i.done ? 'green.8' : 'orange.8'} fw={600}>
                {i.done ? t('handover.check.done') : t('handover.check.open')}
              </Text>
            </Group>
          </List.Item>
        ))}
      </List>
      {editable && open && (
        <Button variant="subtle" size="compact-sm" mt="xs" onClick={() => go('shift')}>
          {t('handover.check.goShift')}
        </Button>
      )}
    </>
  );
}
