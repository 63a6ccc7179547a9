import { Button, Group, Modal, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { IconFileDescription } from '@tabler/icons-react';
import { useEffect, useState, type FormEvent } from 'react';
import { useT } from '../../app/i18n';
import { go } from '../../app/route';
import { useExportSelectionStore } from './selectionStore';

export interface ExportRequestValues {
  clientIds: string[];
  format: 'csv' | 'xlsx';
  reason: string;
}

/** A new export request for the client files selected in the client list. */
export function ExportRequestModal({
  opened,
  error,
  onClose,
  onSubmit,
}: {
  opened: boolean;
  error: string | null;
  onClose: () => void;
  onSubmit: (values: ExportRequestValues) => Promise<void>;
}) {
  const t = useT();
  const ids = useExportSelectionStore((s) => s.ids);
  const [format, setFormat] = useState<'csv' | 'xlsx'>('xlsx');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (opened) setReason('');
  }, [opened]);
  const ready = ids.length > 0 && reason.trim().length >= 2;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!ready) return;
    setBusy(true);
    await onSubmit({ clientIds: ids, format, reason: reason.trim() });
    setBusy(false);
  };
  return (
    <Modal opened={opened} onClose={onClose} title={t('approvals.newTitle')} size="md">
      {ids.length === 0 ? (
        <Stack data-testid="export-none-selected">
          <Text>{t('approvals.newNone')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.close')}
            </Button>
            <Button
              leftSection={<IconFileDescription size={16} />}
              onClick={() => {
                onClose();
                go('clients');
              }}
            >
              {t('approvals.openClients')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={submit}>
          <Stack>
            <Text fw={600} data-testid="export-selected-count">
              {t('approvals.newSelected', { count: ids.length })}
            </Text>
            <Stack gap={4}>
              <Text size="sm" fw={500} id="export-format-label">
                {t('approvals.format')}
              </Text>
              <SegmentedControl
                aria-labelledby="export-format-label"
                value={format}
                onChange={(v) => setFormat(v as 'csv' | 'xlsx')}
                data={[
                  { value: 'xlsx', label: t('approvals.format.xlsx') },
                  { value: 'csv', label: t('approvals.format.csv') },
                ]}
                data-testid="export-format"
              />
            </Stack>
            <Textarea
              label={t('approvals.reason')}
              description={t('approvals.reasonHint')}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              required
              maxLength={300}
              rows={3}
              data-autofocus
              data-testid="export-reason"
            />
            {error && (
              <Text c="red" size="sm" role="alert" data-testid="export-request-error">
                {error}
              </Text>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" disabled={!ready} loading={busy} data-testid="export-submit">
                {t('approvals.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
