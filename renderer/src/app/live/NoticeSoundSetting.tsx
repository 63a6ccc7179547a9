import { Paper, Switch, Text, Title } from '@mantine/core';
import { useT } from '../i18n';
import { playTone, useNoticeSound } from './noticeSound';
import { playScanTone, useScanSound } from './scanSound';

/** A choice of this PC (a desk by a quiet waiting area may want none), kept in the browser. */
export function NoticeSoundSetting() {
  const t = useT();
  const { on, setOn } = useNoticeSound();
  const scan = useScanSound();
  return (
    <Paper withBorder p="xl" radius="lg" maw={620} mt="lg" data-testid="notice-sound-setting">
      <Title order={4} mb="sm">
        {t('live.sound.title')}
      </Title>
      <Switch
        checked={on}
        onChange={(e) => {
          const next = e.currentTarget.checked;
          setOn(next);
          if (next) playTone();
        }}
        label={t('live.sound.label')}
        data-testid="notice-sound"
      />
      <Text size="sm" c="dimmed" mt="xs">
        {t('live.sound.hint')}
      </Text>
      {/* Also this PC's: a desk whose scanner beeps itself may want none. */}
      <Switch
        mt="md"
        checked={scan.on}
        onChange={(e) => {
          const next = e.currentTarget.checked;
          scan.setOn(next);
          // Both tones once, so the person choosing knows which means what.
          if (next) {
            playScanTone('accepted', true);
            setTimeout(() => playScanTone('refused', true), 400);
          }
        }}
        label={t('live.scanSound.label')}
        data-testid="scan-sound"
      />
      <Text size="sm" c="dimmed" mt="xs">
        {t('live.scanSound.hint')}
      </Text>
    </Paper>
  );
}
