import { Button, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import type { AppErrorShape } from '../../../../../shared/contract/result';
import { HANDOVER_SECTIONS, type HandoverSection } from '../../../../../shared/domain/shift';
import { ErrorAlert } from '../../../app/ErrorAlert';
import { useT } from '../../../app/i18n';

/** A signed handover is never edited; this adds a correction next to a section. */
export function CorrectionModal({
  opened,
  onClose,
  onSubmit,
}: {
  opened: boolean;
  onClose: () => void;
  onSubmit: (section: HandoverSection, body: string) => Promise<AppErrorShape | null>;
}) {
  const t = useT();
  const [section, setSection] = useState<HandoverSection>('figures');
  const [body, setBody] = useState('');
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (!opened) return;
    setBody('');
    setError(null);
  }, [opened]);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const failure = await onSubmit(section, body.trim());
    setBusy(false);
    setError(failure);
    if (!failure) onClose();
  };
  return (
    <Modal opened={opened} onClose={onClose} title={t('handover.corr.add')} centered>
      <form onSubmit={submit} data-testid="correction-form">
        <Stack>
          <Text size="sm">{t('handover.corr.intro')}</Text>
          <Select
            label={t('handover.corr.section')}
            value={section}
            onChange={(v) => v && setSection(v as HandoverSection)}
            data={HANDOVER_SECTIONS.map((s) => ({ value: s, label: t(`handover.section.${s}`) }))}
            allowDeselect={false}
            comboboxProps={{ withinPortal: false }}
            data-testid="correction-section"
          />
          <Textarea
            label={t('handover.corr.body')}
            withAsterisk
            autosize
            minRows={3}
            maxLength={1000}
            value={body}
            onChange={(e) => setBody(e.currentTarget.value)}
            data-testid="correction-body"
          />
          <ErrorAlert error={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button
              type="submit"
              loading={busy}
              disabled={body.trim() === ''}
              data-testid="correction-submit"
            >
              {t('handover.corr.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
