import { Button } from '@mantine/core';
import { IconFirstAidKit } from '@tabler/icons-react';
import { useT } from '../../app/i18n';
import { IncidentFormModal } from './IncidentFormModal';
import { useIncidentStore } from './store';

/** 突发事件报告 from another screen (the shift): the button and the form it opens. */
export function IncidentButton() {
  const t = useT();
  const openForm = useIncidentStore((s) => s.openForm);
  return (
    <>
      <Button
        variant="light"
        color="red"
        leftSection={<IconFirstAidKit size={18} />}
        onClick={() => openForm()}
        data-testid="shift-incident"
      >
        {t('shift.incident.new')}
      </Button>
      <IncidentFormModal />
    </>
  );
}
