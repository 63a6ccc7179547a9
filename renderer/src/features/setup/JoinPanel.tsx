import { Alert, Button, Group, NumberInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent, type ReactNode } from 'react';
import type { AppErrorShape } from '../../../../shared/contract/result';
import type { JoinedView } from '../../../../shared/contract/stationViews';
import { ErrorAlert } from '../../app/ErrorAlert';
import { unmarkedError } from '../../app/fieldErrors';
import { useT } from '../../app/i18n';
import { JoinedPanel } from './JoinedPanel';
import { useStationStore } from './stationStore';

/** The port a vault PC listens on unless its admin chose another. */
export const DEFAULT_LAN_PORT = 47613;
const FIELDS = ['host', 'port', 'code'] as const;

/** 1234-5678 as it is typed: digits only, the dash put in after the fourth. */
export function formatCode(typed: string): string {
  const digits = typed.replace(/\D/g, '').slice(0, 8);
  return digits.length > 4 ? `${digits.slice(0, 4)}-${digits.slice(4)}` : digits;
}

/** "192.168.1.20:47613" or "[fe80::1]:47613" as host and port. */
export function splitAddress(address: string): { host: string; port: number } {
  const m = /^\[?([^\]]*?)\]?:(\d+)$/.exec(address);
  return m ? { host: m[1]!, port: Number(m[2]) } : { host: address, port: DEFAULT_LAN_PORT };
}

/**
 * First run on a PC that will be a desk PC or hall display: the vault PC's address and code.
 * `header` (the create-or-join switch) goes while the fingerprint is compared.
 */
export function JoinPanel({ header }: { header?: ReactNode }) {
  const t = useT();
  const join = useStationStore((s) => s.join);
  // A browser display joins the vault PC it was served from: the address is known.
  const served = useStationStore((s) => (s.status?.joinOnly ? s.status.vaultAddress : null));
  const [host, setHost] = useState(served ? splitAddress(served).host : '');
  const [port, setPort] = useState<number | string>(
    served ? splitAddress(served).port : DEFAULT_LAN_PORT,
  );
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [joined, setJoined] = useState<JoinedView | null>(null);
  const [forgotten, setForgotten] = useState(false);
  const marked = (field: (typeof FIELDS)[number]) =>
    error?.fields?.[field] !== undefined ? t(`join.error.${field}`) : undefined;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setForgotten(false);
    const r = await join({ host, port: Number(port), code });
    setBusy(false);
    setError(r.ok ? null : r.error);
    if (r.ok) {
      setCode('');
      setJoined(r.data);
    }
  };

  if (joined)
    return (
      <JoinedPanel
        joined={joined}
        onForgotten={() => {
          setJoined(null);
          setForgotten(true);
        }}
      />
    );

  return (
    <form onSubmit={submit} data-testid="join-form">
      <Stack>
        {header}
        {served && <Title order={3}>{t('join.browserTitle')}</Title>}
        <Text size="sm" c="dimmed" data-testid="join-intro">
          {served ? t('join.browserIntro', { address: served }) : t('join.intro')}
        </Text>
        {forgotten && (
          <Alert color="orange" variant="light" data-testid="join-forgotten">
            {t('joined.forgotten')}
          </Alert>
        )}
        <Group
          align="flex-start"
          grow
          preventGrowOverflow={false}
          wrap="nowrap"
          display={served ? 'none' : undefined}
        >
          <TextInput
            label={t('join.host')}
            placeholder={t('join.hostPlaceholder')}
            value={host}
            onChange={(e) => setHost(e.currentTarget.value)}
            required
            autoFocus={!served}
            autoComplete="off"
            error={marked('host')}
            style={{ flexGrow: 3 }}
            data-testid="join-host"
          />
          <NumberInput
            label={t('join.port')}
            value={port}
            onChange={setPort}
            min={1024}
            max={65535}
            hideControls
            allowDecimal={false}
            required
            error={marked('port')}
            style={{ flexGrow: 1 }}
            data-testid="join-port"
          />
        </Group>
        <TextInput
          label={t('join.code')}
          description={t('join.codeHint')}
          placeholder="1234-5678"
          value={code}
          onChange={(e) => setCode(formatCode(e.currentTarget.value))}
          required
          inputMode="numeric"
          autoComplete="off"
          autoFocus={!!served}
          error={marked('code')}
          size="lg"
          styles={{ input: { fontFamily: 'monospace', letterSpacing: 4, fontSize: 24 } }}
          data-testid="join-code"
        />
        <ErrorAlert error={unmarkedError(error, FIELDS)} />
        <Button type="submit" size="md" loading={busy} data-testid="join-submit">
          {t('join.submit')}
        </Button>
      </Stack>
    </form>
  );
}
