import { Badge, Group, Loader, Paper, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { IconScan } from '@tabler/icons-react';
import { useEffect, useState, type KeyboardEvent, type RefObject } from 'react';
import type { DeskLookupEntry } from '../../../../shared/contract/deskViews';
import { ErrorAlert } from '../../app/ErrorAlert';
import { useT } from '../../app/i18n';
import { useSlowSearch } from '../../app/searchStore';
import { AlertBadges, ClientAvatar, StatusBadge } from '../clients/ClientBits';
import { hhmm } from './format';
import { useLookupStore } from './store';

export const resultKey = (e: DeskLookupEntry) => e.summary.cardNumber ?? e.summary.id;

/** The big box: card, phone, last four, name or pinyin; Enter opens the chosen member. */
export function LookupPanel({
  inputRef,
  onPick,
  onScanned,
}: {
  inputRef: RefObject<HTMLInputElement | null>;
  onPick: (e: DeskLookupEntry) => void;
  /** A lookup answered by Enter at a burst's end, as a scanner's is: the scan sound. */
  onScanned?: (found: DeskLookupEntry | undefined) => void;
}) {
  const t = useT();
  const { query, answered, results, searching, error, setQuery, flush, clear } = useLookupStore();
  const slow = useSlowSearch(searching);
  const [active, setActive] = useState(0);
  useEffect(() => setActive(0), [results]);

  const onKeyDown = async (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.nativeEvent.isComposing) return;
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setActive((a) => Math.min(a + 1, Math.max(0, results.length - 1)));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(0, a - 1));
    } else if (e.key === 'Escape') {
      clear();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      // A scanner ends with Enter before its burst is searched: answer the whole number.
      if (searching || answered !== query.trim()) {
        const fresh = await flush();
        onScanned?.(fresh[0]);
        if (fresh[0]) onPick(fresh[0]);
      } else if (results[active]) onPick(results[active]);
    }
  };

  const trimmed = query.trim();
  return (
    <Paper withBorder radius="lg" p="md">
      <TextInput
        ref={inputRef}
        size="xl"
        radius="md"
        autoFocus
        aria-label={t('deskui.lookup.label')}
        placeholder={t('deskui.lookup.placeholder')}
        value={query}
        onChange={(e) => setQuery(e.currentTarget.value)}
        onKeyDown={(e) => void onKeyDown(e)}
        leftSection={<IconScan size={26} />}
        rightSection={slow ? <Loader size="sm" /> : undefined}
        autoComplete="off"
        spellCheck={false}
        data-testid="desk-lookup"
      />
      <Text size="xs" c="dimmed" mt={6}>
        {t('deskui.lookup.hint')}
      </Text>
      {trimmed && (
        <Stack
          mt="sm"
          gap={4}
          data-testid="desk-lookup-results"
          // Which query the list on screen answers: `npm run bench:ui` times the last key to it.
          data-answered={searching ? undefined : (answered ?? undefined)}
        >
          <ErrorAlert error={error} />
          {results.map((r, i) => (
            <UnstyledButton
              key={r.summary.id}
              onClick={() => onPick(r)}
              onMouseEnter={() => setActive(i)}
              p="xs"
              style={{
                borderRadius: 'var(--mantine-radius-md)',
                background: i === active ? 'var(--mantine-color-blue-light)' : undefined,
              }}
              data-testid={`desk-result-${resultKey(r)}`}
              data-active={i === active ? 'true' : undefined}
            >
              <Group gap="sm" wrap="nowrap">
                <ClientAvatar client={r.summary} size={36} />
                <Text fw={600} miw={90}>
                  {r.summary.name}
                </Text>
                <Text ff="monospace">{r.summary.cardNumber ?? '—'}</Text>
                <StatusBadge status={r.summary.status} />
                {r.onSite && (
                  <Badge color="violet" variant="light" data-testid="desk-result-onsite">
                    {t('deskui.lookup.onSite', {
                      tag: r.onSite.tagNumber ?? '—',
                      time: hhmm(r.onSite.since),
                    })}
                  </Badge>
                )}
                <AlertBadges
                  alerts={r.summary.alerts}
                  expiresOn={r.summary.expiresOn}
                  size="sm"
                  compact
                />
              </Group>
            </UnstyledButton>
          ))}
          {!searching && !error && answered === trimmed && results.length === 0 && (
            <Text c="dimmed" ta="center" py="xs" data-testid="desk-lookup-none">
              {t('deskui.lookup.none', { query: trimmed })}
            </Text>
          )}
        </Stack>
      )}
    </Paper>
  );
}
