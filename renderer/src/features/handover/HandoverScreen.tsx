import { Button, Center, Grid, Group, Loader, Stack, Text } from '@mantine/core';
import {
  IconAlertTriangle,
  IconArrowLeft,
  IconCash,
  IconChartBar,
  IconChecklist,
  IconListCheck,
  IconNotes,
  IconRefresh,
} from '@tabler/icons-react';
import { useEffect, useMemo, type ReactNode } from 'react';
import { withErasedWord } from './erased';
import type { HandoverView } from '../../../../shared/contract/handoverViews';
import type { SessionView } from '../../../../shared/contract/views';
import { SHIFT_MANAGERS, type HandoverSection } from '../../../../shared/domain/shift';
import { ErrorAlert } from '../../app/ErrorAlert';
import { Forbidden } from '../../app/Forbidden';
import { useT } from '../../app/i18n';
import { PageHeader } from '../../app/PageHeader';
import { go } from '../../app/route';
import { AnomaliesBody } from './components/AnomaliesSection';
import { SectionCard, StateBadge } from './components/bits';
import { CashBody } from './components/CashSection';
import { FiguresBody } from './components/FiguresSection';
import { CheckButtons, FlagNote, IncomingPanel } from './components/IncomingPanel';
import { OpenItemsBody } from './components/OpenItemsSection';
import { OutgoingPanel, WaitingForIncoming } from './components/OutgoingPanel';
import { SignedPanel } from './components/SignedPanel';
import { ChecklistBody, ChecklistProgressBadge, SummaryBody } from './components/SummarySection';
import { dateTime, hhmm } from './format';
import { useReceiveStore } from './receiveStore';
import { useHandoverStore } from './store';

type Mode = 'draft' | 'incoming' | 'waiting' | 'readOnly';

/** Who looks at it decides the mode: the outgoing side waits, anyone else at the desk receives. */
function modeOf(view: HandoverView, session: SessionView): Mode {
  if (view.status === 'draft') return 'draft';
  if (view.status !== 'awaitingIncoming') return 'readOnly';
  if (view.outgoing?.staffId === session.staffId) return 'waiting';
  return session.role === 'consultant' ? 'readOnly' : 'incoming';
}

const ICONS: Record<HandoverSection, typeof IconChartBar> = {
  figures: IconChartBar,
  openItems: IconListCheck,
  anomalies: IconAlertTriangle,
  cash: IconCash,
  summary: IconNotes,
};

function Sections({ view: shown, mode }: { view: HandoverView; mode: Mode }) {
  const t = useT();
  // An erased person's token in the reader's word, as on paper.
  const view = useMemo(() => withErasedWord(shown, t('privacy.erased')), [shown, t]);
  const c = view.content;
  const editable = mode === 'draft';
  const card = (section: HandoverSection, body: ReactNode) => {
    const Icon = ICONS[section];
    return (
      <SectionCard
        key={section}
        section={section}
        title={t(`handover.section.${section}`)}
        icon={<Icon size={22} />}
        flags={view.flags.filter((f) => f.section === section)}
        right={mode === 'incoming' ? <CheckButtons section={section} /> : undefined}
        below={mode === 'incoming' ? <FlagNote section={section} /> : undefined}
      >
        {body}
      </SectionCard>
    );
  };
  return (
    <Stack gap="md">
      {card('figures', <FiguresBody figures={c.figures} editable={editable} />)}
      {card('openItems', <OpenItemsBody items={c.openItems} editable={editable} />)}
      {card(
        'anomalies',
        <AnomaliesBody
          anomalies={c.anomalies}
          day={view.businessDate}
          flagged={view.flags.length > 0}
        />,
      )}
      {card('cash', <CashBody cash={c.cash} editable={editable} />)}
      {card('summary', <SummaryBody summary={c.summary} editable={editable} />)}
      <SectionCard
        section="checklist"
        title={t('handover.section.checklist')}
        icon={<IconChecklist size={22} />}
        right={<ChecklistProgressBadge items={c.closingChecklist} />}
      >
        <ChecklistBody items={c.closingChecklist} editable={editable} />
      </SectionCard>
    </Stack>
  );
}

function SidePanel({
  view,
  mode,
  session,
}: {
  view: HandoverView;
  mode: Mode;
  session: SessionView;
}) {
  if (mode === 'draft') return <OutgoingPanel view={view} session={session} />;
  if (mode === 'incoming') return <IncomingPanel view={view} session={session} />;
  return (
    <Stack>
      {mode === 'waiting' && <WaitingForIncoming view={view} />}
      <SignedPanel view={view} session={session} />
    </Stack>
  );
}

/** 交接本: the draft the outgoing side completes, the incoming side's check, the signed record. */
export function HandoverScreen({
  session,
  param,
}: {
  session: SessionView;
  param?: string | null;
}) {
  const t = useT();
  const { view, error, loading, load, refresh } = useHandoverStore();
  const startChecks = useReceiveStore((s) => s.start);
  const id = param ?? null;

  useEffect(() => {
    if (id) void load(id);
  }, [id, load]);
  useEffect(() => {
    if (id) startChecks(id);
  }, [id, startChecks]);

  if (error?.code === 'FORBIDDEN' && !view)
    return <Forbidden channel="handover.get" feature={t('handover.title')} role={session.role} />;
  if (!id || (error && !view))
    return <ErrorAlert error={error ?? { code: 'NOT_FOUND', message: '' }} />;
  if (!view || view.id !== id)
    return (
      <Center py={80}>
        <Group>
          <Loader size="sm" />
          <Text c="dimmed">{t('handover.loading')}</Text>
        </Group>
      </Center>
    );

  const mode = modeOf(view, session);
  const toBoard = mode === 'readOnly' && SHIFT_MANAGERS.includes(session.role);
  const subtitle = [
    t('handover.window', { from: hhmm(view.plannedStart), to: hhmm(view.plannedEnd) }),
    view.staffNames.length > 0
      ? t('handover.staff', { names: view.staffNames.join(t('handover.listSeparator')) })
      : t('handover.noStaff'),
  ].join(' · ');

  return (
    <div data-testid="handover-screen" data-status={view.status} data-mode={mode}>
      <PageHeader
        title={`${t('handover.title')} · ${t('handover.heading', { shift: view.shiftName, date: view.businessDate })}`}
        subtitle={subtitle}
        actions={
          <>
            <StateBadge state={view.status} size="lg" />
            {mode === 'draft' && (
              <Button
                variant="default"
                leftSection={<IconRefresh size={16} />}
                loading={loading}
                onClick={() => void refresh()}
                data-testid="handover-refresh"
              >
                {t('handover.refresh')}
              </Button>
            )}
            <Button
              variant="subtle"
              leftSection={<IconArrowLeft size={16} />}
              onClick={() => go(toBoard ? 'handovers' : 'shift')}
              data-testid="handover-back"
            >
              {toBoard ? t('nav.handovers') : t('handover.back')}
            </Button>
          </>
        }
      />
      <ErrorAlert error={error} />
      <Group gap="lg" mb="sm">
        <Text size="sm" c="dimmed" data-testid="figures-window">
          {view.status === 'draft'
            ? t('handover.live', { time: dateTime(view.content.figures.to) })
            : t('handover.frozen', { time: view.outgoing ? dateTime(view.outgoing.at) : '—' })}
        </Text>
        <Text size="sm" c="dimmed">
          {t('handover.keepUntil', { date: view.keepUntil })}
        </Text>
      </Group>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Sections view={view} mode={mode} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <div style={{ position: 'sticky', top: 80 }}>
            <SidePanel view={view} mode={mode} session={session} />
          </div>
        </Grid.Col>
      </Grid>
    </div>
  );
}
