/** 登记分店 (admin): the branch's code in, its login out — the password shown this once. */
import {
  Button,
  Card,
  CopyButton,
  Group,
  Modal,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import type { HqEnrolResult } from '../../../../shared/contract/hqViews';
import type { AppErrorShape } from '../../../../shared/contract/result';
import { ErrorAlert } from '../../app/ErrorAlert';
import { useT } from '../../app/i18n';
import { JobProgress } from '../jobs/JobProgress';
import { useHqStore } from './store';

function EnrolledModal({ result, onClose }: { result: HqEnrolResult; onClose: () => void }) {
  const t = useT();
  const row = (label: string, value: string, testId: string) => (
    <Table.Tr>
      <Table.Th>{label}</Table.Th>
      <Table.Td ff="monospace" data-testid={testId}>
        {value}
      </Table.Td>
    </Table.Tr>
  );
  return (
    <Modal opened onClose={onClose} title={t('hq.enrol.resultTitle')} size="lg">
      <Stack data-testid="hq-enrolled">
        <Table withTableBorder>
          <Table.Tbody>
            {row(t('hq.enrol.site'), result.siteName, 'hq-enrolled-site')}
            {row(t('hq.enrol.role'), result.roleName, 'hq-enrolled-role')}
            {row(t('hq.enrol.password'), result.password, 'hq-enrolled-password')}
            {row(t('hq.branches.fingerprint'), result.keyFingerprint, 'hq-enrolled-fingerprint')}
          </Table.Tbody>
        </Table>
        <Text size="sm" fw={500} c="orange.8">
          {t('hq.enrol.once')}
        </Text>
        <Group justify="space-between">
          <CopyButton value={result.password}>
            {({ copied, copy }) => (
              <Button variant="default" onClick={copy} data-testid="hq-enrolled-copy">
                {copied ? t('hq.copied') : t('hq.copy')}
              </Button>
            )}
          </CopyButton>
          <Button onClick={onClose} data-testid="hq-enrolled-close">
            {t('hq.enrol.close')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

export function EnrolCard() {
  const t = useT();
  const job = useHqStore((s) => s.enrolJob);
  const enrolled = useHqStore((s) => s.enrolled);
  const [code, setCode] = useState('');
  const [error, setError] = useState<AppErrorShape | null>(null);
  const running = job?.state === 'running';
  const submit = async () => {
    const e = await useHqStore.getState().enrol(code);
    setError(e);
    if (!e) setCode('');
  };
  return (
    <Card withBorder data-testid="hq-enrol">
      <Stack gap="sm">
        <Title order={4}>{t('hq.enrol.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('hq.enrol.hint')}
        </Text>
        <Textarea
          label={t('hq.enrol.code')}
          value={code}
          rows={3}
          ff="monospace"
          error={error?.fields?.code ? t('hq.settings.invalid') : null}
          onChange={(e) => setCode(e.currentTarget.value)}
          data-testid="hq-enrol-code"
        />
        {job && running && <JobProgress job={job} size="sm" />}
        {error && !error.fields && <ErrorAlert error={error} />}
        <Group>
          <Button
            disabled={!code.trim() || running}
            onClick={() => void submit()}
            data-testid="hq-enrol-submit"
          >
            {t('hq.enrol.submit')}
          </Button>
        </Group>
      </Stack>
      {enrolled && (
        <EnrolledModal result={enrolled} onClose={() => useHqStore.getState().forgetEnrolled()} />
      )}
    </Card>
  );
}
