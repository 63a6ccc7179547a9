import { Alert, Group, NumberInput, SimpleGrid, Table, Text } from '@mantine/core';
import type { BeforeOpening, HandoverFigures } from '../../../../../shared/contract/handoverViews';
import type { GenderCounts } from '../../../../../shared/contract/receptionViews';
import { useT } from '../../../app/i18n';
import { centsToYuanText, hhmm, money } from '../format';
import { useHandoverStore } from '../store';
import { Empty, Stat, SubHead } from './bits';
import { figureParts } from './figureModules';
import { useModules } from '../../settings/store';

function GenderRow({ label, c, testId }: { label: string; c: GenderCounts; testId: string }) {
  return (
    <Table.Tr data-testid={testId}>
      <Table.Td fw={600}>{label}</Table.Td>
      <Table.Td ta="right">{c.female}</Table.Td>
      <Table.Td ta="right">{c.male}</Table.Td>
      <Table.Td ta="right">{c.unspecified}</Table.Td>
      <Table.Td ta="right" fw={700} data-testid={`${testId}-total`}>
        {c.total}
      </Table.Td>
    </Table.Tr>
  );
}

/** 交接本 figures: counted from the records, never typed, except the coaches on duty. */
/** What the desk did with no shift open before this one; its cash is in this drawer. */
function BeforeOpeningLine({ b }: { b: BeforeOpening }) {
  const t = useT();
  return (
    <Alert color="orange" variant="light" mt="sm" p="xs" data-testid="fig-before-opening">
      <Text size="sm">
        <Text span fw={700}>
          {t('handover.fig.beforeOpening')}
        </Text>
        {' · '}
        {t('handover.fig.beforeOpeningText', {
          from: hhmm(b.from),
          to: hhmm(b.to),
          entries: b.entries,
          cash: centsToYuanText(b.cashTakingsCents),
        })}
      </Text>
    </Alert>
  );
}

export function FiguresBody({
  figures,
  editable,
}: {
  figures: HandoverFigures;
  editable: boolean;
}) {
  const t = useT();
  const show = figureParts(figures, useModules());
  const stats = (
    [
      [show.visitors, 'handover.fig.visitors', figures.visitors, 'fig-visitors'],
      [true, 'handover.fig.phone', figures.phoneInquiries, 'fig-phone'],
      [show.queue, 'handover.fig.queue', figures.queueServed, 'fig-queue'],
      [show.cardsSold, 'handover.fig.cardsSold', show.cardsSoldTotal, 'fig-cards-total'],
    ] as const
  )
    .filter(([shown]) => shown)
    .map(([, label, value, testId]) => (
      <Stat key={testId} label={t(label)} value={value} testId={testId} />
    ));
  return (
    <>
      {show.genderTable && (
        <Table
          withTableBorder
          withColumnBorders
          verticalSpacing={6}
          mb="sm"
          data-testid="figures-gender"
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th />
              <Table.Th ta="right">{t('handover.fig.female')}</Table.Th>
              <Table.Th ta="right">{t('handover.fig.male')}</Table.Th>
              <Table.Th ta="right">{t('handover.fig.unspecified')}</Table.Th>
              <Table.Th ta="right">{t('handover.fig.total')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {show.entries && (
              <GenderRow
                label={t('handover.fig.entries')}
                c={figures.entries}
                testId="fig-entries"
              />
            )}
            {show.trials && (
              <GenderRow label={t('handover.fig.trials')} c={figures.trials} testId="fig-trials" />
            )}
          </Table.Tbody>
        </Table>
      )}
      <SimpleGrid cols={{ base: 2, sm: Math.max(stats.length, 2) }} spacing="xs">
        {stats}
      </SimpleGrid>
      {figures.beforeOpening && <BeforeOpeningLine b={figures.beforeOpening} />}
      {figures.incidents && figures.incidents.count > 0 && (
        <Alert color="red" variant="light" mt="sm" p="xs" data-testid="fig-incidents">
          <Text size="sm">
            <Text span fw={700}>
              {t('incidents.fig.title')}
            </Text>
            {' · '}
            {t('incidents.fig.line', {
              count: figures.incidents.count,
              injuries: figures.incidents.injuries,
              escorts: figures.incidents.hospitalEscorts,
              costs: money(figures.incidents.costsCents),
            })}
          </Text>
        </Alert>
      )}
      {show.cardsSold && (
        <>
          <SubHead label={t('handover.fig.cardsSold')} />
          {figures.cardsSold.length === 0 ? (
            <Empty>{t('handover.fig.noCards')}</Empty>
          ) : (
            <Table verticalSpacing={4} data-testid="fig-cards">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('handover.fig.cardType')}</Table.Th>
                  <Table.Th ta="right">{t('handover.fig.count')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {figures.cardsSold.map((c) => (
                  <Table.Tr key={c.cardType}>
                    <Table.Td>{c.cardType}</Table.Td>
                    <Table.Td ta="right">{c.count}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </>
      )}
      {show.coaches && (
        <>
          <SubHead label={t('handover.fig.coaches')} />
          {editable ? (
            <CoachesInput />
          ) : (
            <Text data-testid="fig-coaches">
              {figures.coaches
                ? t('handover.fig.coachesValue', figures.coaches)
                : t('handover.fig.notEntered')}
            </Text>
          )}
        </>
      )}
    </>
  );
}

function CoachesInput() {
  const t = useT();
  const form = useHandoverStore((s) => s.form);
  const edit = useHandoverStore((s) => s.edit);
  const flush = useHandoverStore((s) => s.flush);
  const asCount = (v: string | number) => (v === '' ? null : Number(v));
  return (
    <Group align="flex-end" gap="sm">
      <NumberInput
        label={t('handover.fig.female')}
        w={110}
        min={0}
        max={500}
        allowDecimal={false}
        allowNegative={false}
        value={form.coachesFemale ?? ''}
        onChange={(v) => edit({ coachesFemale: asCount(v) }, 'coaches')}
        onBlur={() => void flush()}
        data-testid="coaches-female"
      />
      <NumberInput
        label={t('handover.fig.male')}
        w={110}
        min={0}
        max={500}
        allowDecimal={false}
        allowNegative={false}
        value={form.coachesMale ?? ''}
        onChange={(v) => edit({ coachesMale: asCount(v) }, 'coaches')}
        onBlur={() => void flush()}
        data-testid="coaches-male"
      />
      <Text size="xs" c="dimmed" pb={8}>
        {t('handover.fig.coachesHint')}
      </Text>
    </Group>
  );
}
