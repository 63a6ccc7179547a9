/** 分店: the enrolled branches and what checking their bundles found; enrolment and files. */
import { Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { IconShieldCheck } from '@tabler/icons-react';
import { useEffect } from 'react';
import type { ChannelName } from '../../../../shared/contract';
import type { HqBranchView } from '../../../../shared/contract/hqViews';
import type { Role } from '../../../../shared/domain/roles';
import type { SessionView } from '../../../../shared/contract/views';
import { ErrorAlert } from '../../app/ErrorAlert';
import { Forbidden } from '../../app/Forbidden';
import { useT } from '../../app/i18n';
import { rolesFor } from '../../app/nav';
import { PageHeader } from '../../app/PageHeader';
import { JobProgress } from '../jobs/JobProgress';
import { count, DataTable } from '../reports';
import { EnrolCard } from './EnrolCard';
import { problemText, shortSite, when } from './format';
import { ImportCard } from './ImportCard';
import { useHqStore } from './store';

/** By the contract's roles, as the navigation decides: main refuses the others anyway. */
function mayUse(channel: ChannelName, role: Role): boolean {
  const roles = rolesFor(channel);
  return roles === 'public' || roles.includes(role);
}

function Problems({ branch }: { branch: HqBranchView }) {
  const t = useT();
  if (branch.problems.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('hq.branches.noProblems')}
      </Text>
    );
  return (
    <Group gap={4} data-testid="hq-branch-problems">
      {branch.problems.map((p) => (
        <Badge key={`${p.problem}-${p.seq}`} color="red" variant="light" tt="none">
          {problemText(t, p)}
        </Badge>
      ))}
    </Group>
  );
}

function BranchList({ branches }: { branches: HqBranchView[] }) {
  const t = useT();
  return (
    <DataTable
      testId="hq-branches"
      head={[
        { label: t('hq.branches.name') },
        { label: t('hq.branches.siteId') },
        { label: t('hq.branches.fingerprint') },
        { label: t('hq.branches.bundles'), numeric: true },
        { label: t('hq.branches.lastSeq'), numeric: true },
        { label: t('hq.branches.verified'), numeric: true },
        { label: t('hq.branches.lastReceived') },
        { label: t('hq.branches.problems') },
      ]}
      rows={branches.map((b) => ({
        key: b.siteId,
        cells: [
          b.name,
          <Text key="site" size="sm" ff="monospace" title={b.siteId}>
            {shortSite(b.siteId)}
          </Text>,
          <Text key="fp" size="xs" ff="monospace">
            {b.keyFingerprint}
          </Text>,
          count(b.bundles),
          count(b.lastSeq),
          count(b.verifiedSeq),
          when(t, b.lastReceivedAt),
          <Problems key="problems" branch={b} />,
        ],
      }))}
      empty={t('hq.branches.none')}
    />
  );
}

function VerifyButton() {
  const t = useT();
  const job = useHqStore((s) => s.verifyJob);
  const error = useHqStore((s) => s.verifyError);
  const running = job?.state === 'running';
  return (
    <Stack gap="xs">
      <Group>
        <Button
          leftSection={<IconShieldCheck size={18} />}
          loading={running}
          onClick={() => void useHqStore.getState().verify()}
          data-testid="hq-verify"
        >
          {t('hq.verify.now')}
        </Button>
      </Group>
      {job && (
        <div data-testid="hq-verify-status">
          <JobProgress job={job} size="sm" doneLine={t('hq.verify.done')} />
        </div>
      )}
      <ErrorAlert error={error} />
    </Stack>
  );
}

export function HqBranchesScreen({ session }: { session: SessionView }) {
  const t = useT();
  const branches = useHqStore((s) => s.branches);
  const job = useHqStore((s) => s.branchesJob);
  const error = useHqStore((s) => s.branchesError);
  useEffect(() => {
    useHqStore.getState().forStaff(session.staffId);
    void useHqStore.getState().loadBranches();
  }, [session.staffId]);
  if (error?.code === 'FORBIDDEN')
    return <Forbidden channel="hq.branches" feature={t('nav.hqbranches')} role={session.role} />;
  const reading = job?.state === 'running';
  return (
    <Stack data-testid="hq-branches-screen" data-ready={(branches && !reading) || undefined}>
      <PageHeader
        title={t('hq.branches.title')}
        subtitle={t('hq.branches.subtitle')}
        actions={<VerifyButton />}
      />
      <ErrorAlert error={error} />
      {job && reading && !branches && <JobProgress job={job} size="sm" />}
      {branches && (
        <Card withBorder p="sm">
          <BranchList branches={branches} />
        </Card>
      )}
      {mayUse('hq.enrol', session.role) && <EnrolCard />}
      {mayUse('hq.importFile', session.role) && <ImportCard />}
    </Stack>
  );
}
