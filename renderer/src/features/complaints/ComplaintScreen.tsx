import { Alert, Button, Grid, Group, Paper, Stack, Text } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useEffect, type ReactNode } from 'react';
import type { ComplaintView } from '../../../../shared/contract/complaintViews';
import type { SessionView } from '../../../../shared/contract/views';
import { ErrorAlert } from '../../app/ErrorAlert';
import { useT } from '../../app/i18n';
import { go } from '../../app/route';
import { CaseActions } from './CaseActions';
import { CaseHeader } from './CaseHeader';
import { CaseSide } from './CaseSide';
import { CaseTimeline } from './CaseTimeline';
import { useCaseStore } from './caseStore';
import { remedyText } from './format';
import { useMyComplaintsStore } from './mineStore';

function Block({
  label,
  children,
  testId,
}: {
  label: string;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <Stack gap={2} data-testid={testId}>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      <Text style={{ whiteSpace: 'pre-wrap' }}>{children}</Text>
    </Stack>
  );
}

function CaseBody({ view }: { view: ComplaintView }) {
  const t = useT();
  const contact = [
    view.clientName ?? view.contactName ?? t('complaints.anonymous'),
    view.callBackPhone,
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="sm">
        <Block label={t('complaint.contact')} testId="complaint-contact">
          {contact}
        </Block>
        <Block label={t('complaint.intake.summary')} testId="complaint-summary">
          {view.summary}
        </Block>
        {view.clientWants && <Block label={t('complaint.clientWants')}>{view.clientWants}</Block>}
        <Block label={t('complaint.plan')} testId="complaint-plan">
          {view.plan ?? t('complaint.noPlan')}
        </Block>
        {view.result && (
          <Block label={t('complaint.result')} testId="complaint-result">
            {view.result}
          </Block>
        )}
        {view.remedy.kind !== 'none' && (
          <Block label={t('complaint.remedy')} testId="complaint-remedy">
            {remedyText(t, view.remedy)}
          </Block>
        )}
      </Stack>
    </Paper>
  );
}

/** One case: header, live countdown, the actions main allows, the history. */
export function ComplaintScreen({
  session,
  complaintId,
}: {
  session: SessionView;
  complaintId: string | null;
}) {
  const t = useT();
  const { view, offsetMs, error, load } = useCaseStore();
  // A pushed "my cases" means one of them moved (main's timer too): the open case is read again.
  const mine = useMyComplaintsStore((s) => s.mine);
  useEffect(() => {
    if (complaintId) void load(complaintId);
  }, [complaintId, load, mine]);
  useEffect(() => () => useCaseStore.getState().clear(), []);
  const shown = view && view.id === complaintId ? view : null;
  return (
    <Stack gap="md" data-testid="complaint-screen">
      <Group justify="space-between">
        <Button
          variant="subtle"
          leftSection={<IconArrowLeft size={16} />}
          onClick={() => go('complaints')}
          data-testid="complaint-back"
        >
          {t('complaint.back')}
        </Button>
      </Group>
      {!shown && error?.code === 'NOT_FOUND' && (
        <Alert color="yellow">{t('complaint.notFound')}</Alert>
      )}
      {!shown && error?.code !== 'NOT_FOUND' && <ErrorAlert error={error} />}
      {shown && (
        <>
          <CaseHeader view={shown} offsetMs={offsetMs} />
          <CaseActions view={shown} staffId={session.staffId} />
          <Grid gap="md">
            <Grid.Col span={{ base: 12, md: 7 }}>
              <Stack gap="md">
                <CaseBody view={shown} />
                <CaseTimeline events={shown.events} />
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 5 }}>
              <CaseSide view={shown} />
            </Grid.Col>
          </Grid>
        </>
      )}
    </Stack>
  );
}
