/** 离线文件 (admin): a branch's sealed .dkbf file, read here and sent to main as base64. */
import { Button, Card, FileButton, Group, Stack, Text, Title } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { ErrorAlert } from '../../app/ErrorAlert';
import { useT } from '../../app/i18n';
import { JobProgress } from '../jobs/JobProgress';
import { useHqStore } from './store';

export function ImportCard() {
  const t = useT();
  const job = useHqStore((s) => s.importJob);
  const imported = useHqStore((s) => s.imported);
  const error = useHqStore((s) => s.importError);
  const running = job?.state === 'running';
  return (
    <Card withBorder data-testid="hq-import">
      <Stack gap="sm">
        <Title order={4}>{t('hq.import.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('hq.import.hint')}
        </Text>
        <Group>
          <FileButton
            accept=".dkbf"
            onChange={(file) => file && void useHqStore.getState().importFile(file)}
          >
            {(props) => (
              <Button
                {...props}
                variant="default"
                leftSection={<IconFileImport size={18} />}
                disabled={running}
                data-testid="hq-import-choose"
              >
                {t('hq.import.choose')}
              </Button>
            )}
          </FileButton>
        </Group>
        {job && running && <JobProgress job={job} size="sm" />}
        <ErrorAlert error={error} />
        {imported && (
          <Text size="sm" c="teal.8" data-testid="hq-import-result">
            {t('hq.import.result', {
              branch: imported.siteName,
              from: imported.firstSeq,
              to: imported.lastSeq,
              stored: imported.stored,
              already: imported.alreadyStored,
            })}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
