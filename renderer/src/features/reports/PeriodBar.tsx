/** 日报 / 周报 / 月报 / 自定义, previous / next / this period: buttons, so Enter works on each. */
import { ActionIcon, Button, Group, Text, Tooltip } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import 'dayjs/locale/zh-cn';
import type { ReportKind } from '../../../../shared/contract/reportViews';
import type { MessageKey } from '../../../../shared/i18n';
import { useT } from '../../app/i18n';
import { useUiStore } from '../../app/uiStore';
import { lastDay, type PeriodChoice } from './period';
import { useReportsStore } from './store';

const KINDS: ReportKind[] = ['day', 'week', 'month', 'range'];

/** What the bar shows and does: the reports' store, or head office's cross-branch report. */
export interface PeriodControls {
  period: PeriodChoice;
  setKind(kind: ReportKind): unknown;
  step(direction: -1 | 1): unknown;
  goThis(): unknown;
  setRange(from: string, to: string): unknown;
}

function RangePicker({ period, setRange }: Pick<PeriodControls, 'period' | 'setRange'>) {
  const t = useT();
  const language = useUiStore((s) => s.language);
  return (
    <DatePickerInput
      type="range"
      aria-label={t('reports.range.label')}
      value={[period.from, lastDay(period)]}
      onChange={(v) => {
        const [from, to] = v as [string | null, string | null];
        if (from && to) void setRange(from, to);
      }}
      valueFormat="YYYY-MM-DD"
      locale={language === 'zh-CN' ? 'zh-cn' : 'en'}
      allowSingleDateInRange
      w={240}
      data-testid="report-range"
    />
  );
}

export function PeriodPicker({ period, setKind, step, goThis, setRange }: PeriodControls) {
  const t = useT();
  const to = lastDay(period);
  const prev = t(`reports.prev.${period.kind}` as MessageKey);
  const next = t(`reports.next.${period.kind}` as MessageKey);
  return (
    <Group gap="sm" wrap="wrap" mb="md" data-testid="report-period-bar">
      <Button.Group aria-label={t('reports.kindLabel')}>
        {KINDS.map((k) => (
          <Button
            key={k}
            variant={period.kind === k ? 'filled' : 'default'}
            aria-pressed={period.kind === k}
            onClick={() => void setKind(k)}
            data-testid={`report-kind-${k}`}
          >
            {t(`reports.kind.${k}` as MessageKey)}
          </Button>
        ))}
      </Button.Group>
      <Tooltip label={prev}>
        <ActionIcon
          variant="default"
          size="lg"
          aria-label={prev}
          onClick={() => void step(-1)}
          data-testid="report-prev"
        >
          <IconChevronLeft size={18} />
        </ActionIcon>
      </Tooltip>
      {period.kind === 'range' ? (
        <RangePicker period={period} setRange={setRange} />
      ) : (
        <Text fw={700} fz="lg" miw={200} ta="center" data-testid="report-period">
          {period.from === to ? period.from : `${period.from} – ${to}`}
        </Text>
      )}
      <Tooltip label={next}>
        <ActionIcon
          variant="default"
          size="lg"
          aria-label={next}
          onClick={() => void step(1)}
          data-testid="report-next"
        >
          <IconChevronRight size={18} />
        </ActionIcon>
      </Tooltip>
      <Button variant="subtle" onClick={() => void goThis()} data-testid="report-this">
        {t(`reports.this.${period.kind}` as MessageKey)}
      </Button>
    </Group>
  );
}

/** The reports screen's bar, on the reports' store. */
export function PeriodBar() {
  const { period, setKind, step, goThis, setRange } = useReportsStore();
  return (
    <PeriodPicker
      period={period}
      setKind={setKind}
      step={step}
      goThis={goThis}
      setRange={setRange}
    />
  );
}
