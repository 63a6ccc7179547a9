import { Anchor, Badge, Group, Text, Timeline } from '@mantine/core';
import type { HandoverAnomaly } from '../../../../../shared/contract/handoverViews';
import { useT, type T } from '../../../app/i18n';
import { whenShort } from '../format';
import { Empty } from './bits';

/** Badge colour per kind; an entry from the log takes its category's colour. */
function colorOf(a: HandoverAnomaly): string {
  if (a.kind === 'logEntry')
    return a.category === 'incident' ? 'red' : a.category === 'security' ? 'grape' : 'orange';
  return {
    override: 'yellow',
    void: 'gray',
    lockout: 'red',
    lostTag: 'orange',
    passedVisitor: 'blue',
    incident: 'red',
  }[a.kind];
}

export function anomalyLabel(t: T, a: HandoverAnomaly): string {
  return a.kind === 'logEntry' && a.category
    ? t(`handover.category.${a.category}`)
    : t(`handover.anom.kind.${a.kind}`);
}

/** What went wrong in the shift, in time order, each with its kind in colour and word. */
export function AnomaliesBody({
  anomalies,
  day,
  flagged = false,
}: {
  anomalies: HandoverAnomaly[];
  day: string;
  /** The incoming side flagged a section: "no anomalies" would contradict it, so it is left out. */
  flagged?: boolean;
}) {
  const t = useT();
  if (anomalies.length === 0)
    return flagged ? null : <Empty testId="anomalies-none">{t('handover.anom.none')}</Empty>;
  const sorted = [...anomalies].sort((a, b) => a.at - b.at);
  return (
    <Timeline bulletSize={14} lineWidth={2} data-testid="anomalies">
      {sorted.map((a, i) => (
        <Timeline.Item
          key={`${a.at}-${i}`}
          color={colorOf(a)}
          data-testid="anomaly"
          data-kind={a.kind}
          title={
            <Group gap="xs">
              <Text size="sm" ff="monospace" c="dimmed">
                {whenShort(a.at, day)}
              </Text>
              <Badge size="sm" variant="light" color={colorOf(a)}>
                {anomalyLabel(t, a)}
              </Badge>
            </Group>
          }
        >
          {a.incidentId ? (
            <Anchor
              size="sm"
              href={`#/incident/${encodeURIComponent(a.incidentId)}`}
              style={{ wordBreak: 'break-word' }}
              data-testid="anomaly-incident"
            >
              {a.text}
            </Anchor>
          ) : (
            <Text size="sm" style={{ wordBreak: 'break-word' }}>
              {a.text}
            </Text>
          )}
          {a.staffName && (
            <Text size="xs" c="dimmed">
              {t('handover.anom.by', { name: a.staffName })}
            </Text>
          )}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
