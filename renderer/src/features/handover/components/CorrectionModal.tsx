import { Modal, Select, Text, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { AppErrorShape } from '../../../../../shared/contract/result';
import { HANDOVER_SECTIONS, type HandoverSection } from '../../../../../shared/domain/shift';
import { useT } from '../../../app/i18n';
import { fieldError, unmarkedError } from '../../../app/fieldErrors';
import { ModalForm, ModalFormFooter, useModalSave } from '../../../app/ModalForm';

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
  const { busy, error, setError, run } = useModalSave(onClose);
  useEffect(() => {
    if (!opened) return;
    setBody('');
    setError(null);
  }, [opened, setError]);
  const submit = () => run(() => onSubmit(section, body.trim()));
  return (
    <Modal opened={opened} onClose={onClose} title={t('handover.corr.add')} centered>
      <ModalForm onSubmit={submit} testId="correction-form">
        <Text size="sm">{t('handover.corr.intro')}</Text>
        <Select
          label={t('handover.corr.section')}
          value={section}
          onChange={(v) => v && setSection(v as HandoverSection)}
          data={HANDOVER_SECTIONS.map((s) => ({ value: s, label: t(`handover.section.${s}`) }))}
          allowDeselect={false}
          comboboxProps={{ withinPortal: false }}
          error={fieldError(t, error, 'section')}
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
          error={fieldError(t, error, 'body')}
          data-testid="correction-body"
        />
        <ModalFormFooter
          error={unmarkedError(error, ['section', 'body'])}
          onCancel={onClose}
          cancelLabel={t('common.cancel')}
          submitLabel={t('handover.corr.add')}
          ready={body.trim() !== ''}
          busy={busy}
          testId="correction-submit"
        />
      </ModalForm>
    </Modal>
  );
}
