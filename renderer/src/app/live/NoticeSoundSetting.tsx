import { Paper, Switch, Text, Title } from '@mantine/core';
import { useT } from '../i18n';
import { playTone, useNoticeSound } from './noticeSound';

/** A choice of this PC (a desk by a quiet waiting area may want none), kept in the browser. */
export function NoticeSoundSetting() {
  const t = useT();
  const { on, setOn } = useNoticeSound();
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
    </Paper>
  );
}
