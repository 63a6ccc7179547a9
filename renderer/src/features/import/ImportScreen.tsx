import {
  Alert,
  Anchor,
  Badge,
  Button,
  FileButton,
  Group,
  Loader,
  Paper,
  Stack,
  Table,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import {
  IconAlertTriangle,
  IconCircleCheck,
  IconDownload,
  IconFileSpreadsheet,
  IconUpload,
} from '@tabler/icons-react';
import { useEffect, useRef, type ComponentProps } from 'react';
import type { ImportRowReport } from '../../../../shared/contract/clientViews';
import type { SessionView } from '../../../../shared/contract/views';
import { Forbidden } from '../../app/Forbidden';
import { useT, type T } from '../../app/i18n';
import { rolesFor } from '../../app/nav';
import { PageHeader } from '../../app/PageHeader';
import { oversightErrorText } from '../approvals/reasonText';
import {
  downloadText,
  headerField,
  invalidRowsCsv,
  rowProblems,
  sheetProblemText,
  templateCsv,
} from './format';
import { JobProgress } from '../jobs/JobProgress';
import { useJobsStore } from '../jobs/store';
import { useImportStore } from './store';

/** The tables show this many rows; the CSV download holds them all. */
const SHOWN_ROWS = 200;

function ReportTable({
  rows,
  t,
  withProblems,
  testId,
}: {
  rows: ImportRowReport[];
  t: T;
  withProblems: boolean;
  testId: string;
}) {
  const shown = rows.slice(0, SHOWN_ROWS);
  return (
    <>
      <Table.ScrollContainer minWidth={640}>
        <Table striped verticalSpacing="xs" data-testid={`${testId}-table`}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={80}>{t('import.col.line')}</Table.Th>
              <Table.Th>{t('import.col.name')}</Table.Th>
              <Table.Th>{t('import.col.card')}</Table.Th>
              {withProblems && <Table.Th>{t('import.col.problems')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((r) => (
              <Table.Tr key={r.line} data-testid={testId} data-line={r.line}>
                <Table.Td>{t('import.line', { line: r.line })}</Table.Td>
                <Table.Td>{r.name || '—'}</Table.Td>
                <Table.Td ff="monospace">{r.cardNumber ?? '—'}</Table.Td>
                {withProblems && (
                  <Table.Td>
                    <Text size="sm" c="red" fw={500} data-testid={`${testId}-problems`}>
                      {rowProblems(t, r)}
                    </Text>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {rows.length > SHOWN_ROWS && (
        <Text size="sm" c="dimmed" ta="center" mt="xs">
          {t('import.moreRows', { count: rows.length - SHOWN_ROWS })}
        </Text>
      )}
    </>
  );
}

function correctionFileName(fileName: string | null): string {
  const base = (fileName ?? 'import').replace(/\.(csv|xlsx)$/i, '');
  return `${base}-待更正.csv`;
}

/** The preview job's bar while main checks the rows; its end brings the report. */
function PreviewProgress() {
  const { previewJobId, previewEnded } = useImportStore();
  const job = useJobsStore((s) => (previewJobId ? s.byId[previewJobId] : undefined));
  useEffect(() => {
    if (job && job.state !== 'running') void previewEnded(job);
  }, [job, previewEnded]);
  return job?.state === 'running' ? <JobProgress job={job} /> : null;
}

function ChooseStep({ t }: { t: T }) {
  const { choose, busy, fileName, problem } = useImportStore();
  const resetRef = useRef<() => void>(null);
  return (
    <Paper withBorder radius="lg" p="xl" maw={760}>
      <Stack>
        <Group gap="sm">
          <ThemeIcon size={40} radius="md" variant="light">
            <IconFileSpreadsheet size={24} />
          </ThemeIcon>
          <Title order={4}>{t('import.chooseLabel')}</Title>
        </Group>
        <Text size="sm" data-testid="import-hint">
          {t('import.hint')}
        </Text>
        <Group>
          <FileButton
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            resetRef={resetRef}
            disabled={busy}
            onChange={(file) => {
              resetRef.current?.();
              if (file) void choose(file);
            }}
            inputProps={{ 'data-testid': 'import-file-input' } as ComponentProps<'input'>}
          >
            {(props) => (
              <Button
                {...props}
                size="md"
                leftSection={<IconUpload size={18} />}
                loading={busy}
                data-testid="import-choose"
              >
                {t('import.choosePlaceholder')}
              </Button>
            )}
          </FileButton>
          <Anchor
            component="button"
            type="button"
            onClick={() => downloadText('客户档案导入模板.csv', templateCsv())}
            data-testid="import-template"
          >
            <Group gap={4}>
              <IconDownload size={16} />
              {t('import.template')}
            </Group>
          </Anchor>
        </Group>
        {busy && fileName && (
          <Group gap="sm" data-testid="import-busy">
            <Loader size="sm" />
            <Text size="sm">{t('import.reading', { fileName })}</Text>
          </Group>
        )}
        <PreviewProgress />
        {problem && (
          <Alert
            color="red"
            variant="light"
            icon={<IconAlertTriangle size={18} />}
            role="alert"
            data-testid="import-read-error"
          >
            {sheetProblemText(t, problem)}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}

function PreviewStep({ t }: { t: T }) {
  const { preview, rows, fileName, busy, commit, reset } = useImportStore();
  if (!preview) return null;
  const { columns, unknownColumns, valid, invalid, sample } = preview;
  return (
    <Stack gap="lg">
      <Group justify="space-between">
        <Group gap="sm">
          <IconFileSpreadsheet size={20} />
          <Text fw={600} data-testid="import-file-name">
            {fileName}
          </Text>
        </Group>
        <Button variant="default" onClick={reset} data-testid="import-another">
          {t('import.another')}
        </Button>
      </Group>

      <Stack gap={6} data-testid="import-columns">
        <Text fw={600}>{t('import.columns')}</Text>
        {columns.length === 0 ? (
          <Text c="red">{t('import.noColumns')}</Text>
        ) : (
          <Group gap={6}>
            {columns.map((c) => {
              const field = headerField(t, c);
              return (
                <Badge
                  key={c}
                  color="teal"
                  variant="light"
                  size="lg"
                  tt="none"
                  data-testid="import-column"
                >
                  {field && field !== c ? `${c} → ${field}` : c}
                </Badge>
              );
            })}
          </Group>
        )}
        {unknownColumns.length > 0 && (
          <>
            <Text fw={600} mt="xs">
              {t('import.unknownColumns')}
            </Text>
            <Group gap={6}>
              {unknownColumns.map((c) => (
                <Badge
                  key={c}
                  color="orange"
                  variant="outline"
                  size="lg"
                  tt="none"
                  data-testid="import-unknown-column"
                >
                  {c}
                </Badge>
              ))}
            </Group>
          </>
        )}
      </Stack>

      <Group gap="md">
        <Badge
          size="xl"
          color="teal"
          variant="light"
          tt="none"
          data-testid="import-valid-count"
          data-count={valid}
        >
          {t('import.validCount', { count: valid })}
        </Badge>
        <Badge
          size="xl"
          color={invalid.length ? 'red' : 'gray'}
          variant="light"
          tt="none"
          data-testid="import-invalid-count"
          data-count={invalid.length}
        >
          {t('import.invalidCount', { count: invalid.length })}
        </Badge>
      </Group>

      {invalid.length > 0 && (
        <Stack gap="xs">
          <Group justify="space-between">
            <Title order={4} c="red">
              {t('import.invalidTitle')}
            </Title>
            <Button
              variant="subtle"
              leftSection={<IconDownload size={16} />}
              onClick={() =>
                downloadText(correctionFileName(fileName), invalidRowsCsv(t, rows, invalid))
              }
            >
              {t('import.downloadInvalid')}
            </Button>
          </Group>
          <ReportTable rows={invalid} t={t} withProblems testId="import-invalid-row" />
        </Stack>
      )}

      {sample.length > 0 && (
        <Stack gap="xs">
          <Title order={4}>{t('import.sampleTitle')}</Title>
          <ReportTable rows={sample} t={t} withProblems={false} testId="import-sample-row" />
        </Stack>
      )}

      <Paper withBorder radius="md" p="md">
        {valid > 0 ? (
          <Group justify="space-between">
            <Text size="sm" c="dimmed">
              {t('import.commitHint')}
            </Text>
            <Button
              size="md"
              leftSection={<IconUpload size={18} />}
              loading={busy}
              onClick={() => void commit()}
              data-testid="import-commit"
            >
              {t('import.commit', { count: valid })}
            </Button>
          </Group>
        ) : (
          <Text c="dimmed" data-testid="import-none-valid">
            {t('import.noneValid')}
          </Text>
        )}
      </Paper>
    </Stack>
  );
}

/** The job runs in main; this shows its bar, and hands its end to the store. */
function RunningStep({ t }: { t: T }) {
  const { jobId, fileName, jobEnded } = useImportStore();
  const job = useJobsStore((s) => (jobId ? s.byId[jobId] : undefined));
  useEffect(() => {
    if (job && job.state !== 'running') jobEnded(job);
  }, [job, jobEnded]);
  return (
    <Paper withBorder radius="lg" p="xl" maw={760} data-testid="import-running">
      <Stack>
        <Group gap="sm">
          <IconFileSpreadsheet size={20} />
          <Text fw={600}>{fileName}</Text>
        </Group>
        {job ? (
          <JobProgress job={job} />
        ) : (
          <Group gap="sm">
            <Loader size="sm" />
            <Text size="sm">{t('jobs.phase.queued')}</Text>
          </Group>
        )}
        <Text size="sm" c="dimmed">
          {t('jobs.keepWorking')}
        </Text>
      </Stack>
    </Paper>
  );
}

function DoneStep({ t }: { t: T }) {
  const { result, rows, fileName, reset } = useImportStore();
  if (!result) return null;
  return (
    <Stack gap="lg" data-testid="import-done">
      <Alert color="teal" icon={<IconCircleCheck size={20} />} title={t('import.doneTitle')}>
        <Text data-testid="import-imported-count" data-count={result.imported}>
          {t('import.imported', { count: result.imported })}
        </Text>
      </Alert>
      {result.invalid.length > 0 && (
        <Stack gap="xs">
          <Group justify="space-between">
            <Title order={4} c="red" data-testid="import-still-invalid">
              {t('import.stillInvalid', { count: result.invalid.length })}
            </Title>
            <Button
              leftSection={<IconDownload size={16} />}
              onClick={() =>
                downloadText(correctionFileName(fileName), invalidRowsCsv(t, rows, result.invalid))
              }
              data-testid="import-download-invalid"
            >
              {t('import.downloadInvalid')}
            </Button>
          </Group>
          <ReportTable rows={result.invalid} t={t} withProblems testId="import-invalid-row" />
        </Stack>
      )}
      <Group>
        <Button variant="default" onClick={reset} data-testid="import-another">
          {t('import.another')}
        </Button>
      </Group>
    </Stack>
  );
}

export function ImportScreen({ session }: { session: SessionView }) {
  const t = useT();
  const { step, error, leave, jobEnd } = useImportStore();
  const failedLine = Object.keys(error?.fields ?? {})
    .map((f) => /^rows\.(\d+)\./.exec(f)?.[1])
    .find(Boolean);
  // The file's rows are personal data: forget them when leaving the screen.
  useEffect(() => () => leave(), [leave]);

  const allowed = rolesFor('clients.importPreview');
  if (error?.code === 'FORBIDDEN' || (allowed !== 'public' && !allowed.includes(session.role)))
    return (
      <Forbidden channel="clients.importPreview" feature={t('import.title')} role={session.role} />
    );

  return (
    <>
      <PageHeader title={t('import.title')} subtitle={t('import.subtitle')} />
      {error && (
        <Alert
          color="red"
          variant="light"
          icon={<IconAlertTriangle size={18} />}
          role="alert"
          mb="md"
          data-testid="import-error"
          title={jobEnd ? t(`jobs.state.${jobEnd}`) : undefined}
        >
          {failedLine && `${t('jobs.failedLine', { line: failedLine })} `}
          {oversightErrorText(t, error, session.role)}
        </Alert>
      )}
      {step === 'choose' && <ChooseStep t={t} />}
      {step === 'preview' && <PreviewStep t={t} />}
      {step === 'running' && <RunningStep t={t} />}
      {step === 'done' && <DoneStep t={t} />}
    </>
  );
}
