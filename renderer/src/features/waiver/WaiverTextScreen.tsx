import {
  Alert,
  Badge,
  Button,
  Group,
  Paper,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { AppErrorShape } from '../../../../shared/contract/result';
import type { WaiverText } from '../../../../shared/contract/waiverViews';
import type { SessionView } from '../../../../shared/contract/views';
import { ErrorAlert } from '../../app/ErrorAlert';
import { Forbidden } from '../../app/Forbidden';
import { useT } from '../../app/i18n';
import { PageHeader } from '../../app/PageHeader';
import { useWaiverTextStore } from './textStore';

function WaiverTextForm({ text }: { text: WaiverText }) {
  const t = useT();
  const save = useWaiverTextStore((s) => s.save);
  const [title, setTitle] = useState(text.title);
  const [body, setBody] = useState(text.body);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [saved, setSaved] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const ready = title.trim().length > 0 && body.trim().length > 0;

  const submit = async () => {
    if (!ready || busy) return;
    setBusy(true);
    setSaved(null);
    const r = await save(title, body);
    setBusy(false);
    if (r.ok) {
      setError(null);
      setSaved(r.data.version);
    } else setError(r.error);
  };

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Stack>
        <TextInput
          label={t('waiver.text.titleField')}
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          maxLength={80}
          required
          data-testid="waiver-text-title"
        />
        <Textarea
          label={t('waiver.text.bodyField')}
          value={body}
          onChange={(e) => setBody(e.currentTarget.value)}
          maxLength={10_000}
          rows={14}
          required
          data-testid="waiver-text-body"
        />
        <Alert color="blue" icon={<IconInfoCircle size={18} />} data-testid="waiver-text-note">
          {t('waiver.text.resignNote', { next: text.version + 1 })}
        </Alert>
        <ErrorAlert error={error} />
        {saved !== null && (
          <Text c="teal" data-testid="waiver-text-saved">
            {t('waiver.text.saved', { version: saved })}
          </Text>
        )}
        <Group justify="flex-end">
          <Button type="submit" disabled={!ready} loading={busy} data-testid="waiver-text-save">
            {t('waiver.text.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** 免责协议文本: supervisor and admin keep the text members sign; each save is a new version. */
export function WaiverTextScreen({ session }: { session: SessionView }) {
  const t = useT();
  const { text, error, load } = useWaiverTextStore();

  useEffect(() => {
    void load();
  }, [load]);

  if (error?.code === 'FORBIDDEN')
    return (
      <Forbidden channel="waivers.setText" feature={t('nav.waivertext')} role={session.role} />
    );

  return (
    <>
      <PageHeader title={t('waiver.text.title')} subtitle={t('waiver.text.subtitle')} />
      <ErrorAlert error={error} />
      {text && (
        <Paper withBorder radius="lg" p="md">
          <Stack>
            <Group gap="sm" data-testid="waiver-text-active">
              <Text fw={600}>{t('waiver.text.active')}</Text>
              <Badge variant="light" data-testid="waiver-text-version">
                {t('waiver.version', { version: text.version })}
              </Badge>
              <Badge
                variant="light"
                color={text.builtIn ? 'gray' : 'teal'}
                data-testid="waiver-text-builtin"
              >
                {text.builtIn ? t('waiver.text.builtIn') : t('waiver.text.configured')}
              </Badge>
            </Group>
            <WaiverTextForm key={text.version} text={text} />
          </Stack>
        </Paper>
      )}
    </>
  );
}
