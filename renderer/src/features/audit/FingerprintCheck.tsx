import { Alert, Box, Button, Group, Paper, Text, TextInput, Title } from '@mantine/core';
import { IconFingerprint } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useState, type FormEvent } from 'react';
import { ErrorAlert } from '../../app/ErrorAlert';
import { useT } from '../../app/i18n';
import { useAuditStore } from './store';

const SHAPE = /^[0-9A-Fa-f]{4}(-?[0-9A-Fa-f]{4}){3}$/;

/** A fingerprint read off a printed handover: is that head still in the log, and anchored? */
export function FingerprintCheck() {
  const t = useT();
  const fingerprint = useAuditStore((s) => s.fingerprint);
  const checkFingerprint = useAuditStore((s) => s.checkFingerprint);
  const [value, setValue] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    await checkFingerprint(value);
    setBusy(false);
  };
  const r = fingerprint?.result;
  const time = r?.at ? dayjs(r.at).format('YYYY-MM-DD HH:mm:ss') : '';
  return (
    <Paper withBorder radius="lg" p="md" mb="md" data-testid="fingerprint-check">
      <Group gap="xs" mb={4}>
        <IconFingerprint size={20} />
        <Title order={5}>{t('audit.fp.title')}</Title>
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        {t('audit.fp.hint')}
      </Text>
      <form onSubmit={submit}>
        <Group align="flex-end" gap="sm">
          <TextInput
            label={t('audit.fp.label')}
            placeholder="XXXX-XXXX-XXXX-XXXX"
            value={value}
            onChange={(e) => setValue(e.currentTarget.value)}
            ff="monospace"
            w={240}
            data-testid="fingerprint-input"
          />
          <Button
            type="submit"
            variant="light"
            loading={busy}
            disabled={!SHAPE.test(value.trim())}
            data-testid="fingerprint-submit"
          >
            {t('audit.fp.check')}
          </Button>
        </Group>
      </form>
      {fingerprint?.error && (
        <Box mt="sm">
          <ErrorAlert error={fingerprint.error} />
        </Box>
      )}
      {r && (
        <Alert
          mt="sm"
          color={!r.found ? 'red' : r.anchored ? 'teal' : 'yellow'}
          data-testid="fingerprint-result"
          data-found={r.found}
          data-anchored={r.anchored}
        >
          {!r.found
            ? t('audit.fp.notFound')
            : r.anchored
              ? t('audit.fp.anchored', { seq: r.seq ?? '—', time })
              : t('audit.fp.unanchored', { seq: r.seq ?? '—', time })}
        </Alert>
      )}
    </Paper>
  );
}
