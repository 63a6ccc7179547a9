import { Button, Group, Stack } from '@mantine/core';
import { IconMessageReport } from '@tabler/icons-react';
import { useEffect } from 'react';
import type { ClientSummary } from '../../../../shared/contract/clientViews';
import { ErrorAlert } from '../../app/ErrorAlert';
import { useT } from '../../app/i18n';
import { ComplaintTable } from './ComplaintTable';
import { useIntakeStore } from './intakeStore';
import { useClientCasesStore } from './listStore';

/** The client file's complaints tab: their cases, and a new one with the client filled in. */
export function ClientComplaints({ client }: { client: Pick<ClientSummary, 'id' | 'name'> }) {
  const t = useT();
  const { clientId, list, offsetMs, error, load } = useClientCasesStore();
  useEffect(() => {
    void load(client.id);
  }, [client.id, load]);
  return (
    <Stack gap="sm" data-testid="client-complaints">
      <Group justify="flex-end">
        <Button
          leftSection={<IconMessageReport size={16} />}
          onClick={() => useIntakeStore.getState().open({ channel: 'desk', client })}
          data-testid="client-complaint-new"
        >
          {t('complaint.client.record')}
        </Button>
      </Group>
      <ErrorAlert error={error} />
      {list && clientId === client.id && (
        <ComplaintTable items={list.items} offsetMs={offsetMs} testId="client-complaint-rows" />
      )}
    </Stack>
  );
}
