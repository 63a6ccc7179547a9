import '@mantine/spotlight/styles.css';
import { Group, Loader, Text } from '@mantine/core';
import { Spotlight } from '@mantine/spotlight';
import { IconLock, IconSearch } from '@tabler/icons-react';
import type { KeyboardEvent } from 'react';
import type { ClientSummary } from '../../../../shared/contract/clientViews';
import { useT } from '../../app/i18n';
import { go } from '../../app/route';
import { ClientAvatar, SecrecyBadge, StatusBadge } from './ClientBits';
import { clientKey } from './ClientSearchResults';
import { useSlowSearch } from '../../app/searchStore';
import { useSpotlightSearchStore } from './store';

const LIST_ID = 'client-spotlight-actions';

/** Ctrl+K anywhere in the shell: the desk search, answered by main as you type. */
export function ClientSpotlight() {
  const t = useT();
  const { query, answered, results, searching, setQuery, flush, clear } = useSpotlightSearchStore();
  const slow = useSlowSearch(searching);
  const trimmed = query.trim();

  const choose = (c: ClientSummary) => go('client', c.id);

  // Enter before anything is highlighted (or before the answer came) opens the first match.
  const onKeyDown = async (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'Enter' || e.nativeEvent.isComposing) return;
    const selected = document.querySelector(`[data-testid="${LIST_ID}"] [data-selected]`);
    if (selected && !searching) return; // the spotlight triggers the highlighted one
    e.preventDefault();
    if (searching || answered !== trimmed) await flush();
    const first = useSpotlightSearchStore.getState().results[0];
    if (first) {
      Spotlight.close();
      choose(first);
    }
  };

  return (
    <Spotlight.Root
      query={query}
      onQueryChange={setQuery}
      shortcut="mod + K"
      tagsToIgnore={[]}
      onSpotlightClose={clear}
      scrollable
      maxHeight={480}
    >
      <Spotlight.Search
        placeholder={t('clients.spotlight.placeholder')}
        leftSection={<IconSearch stroke={1.5} />}
        rightSection={slow ? <Loader size="xs" /> : undefined}
        onKeyDown={(e) => void onKeyDown(e)}
        data-testid="spotlight-search"
      />
      <Spotlight.ActionsList data-testid={LIST_ID}>
        {!trimmed && (
          <Spotlight.Empty data-testid="spotlight-hint">
            {t('clients.spotlight.hint')}
          </Spotlight.Empty>
        )}
        {results.map((c) => (
          <Spotlight.Action
            key={c.id}
            onClick={() => choose(c)}
            data-testid={`spotlight-result-${clientKey(c)}`}
          >
            <Group wrap="nowrap" gap="md" style={{ flex: 1 }}>
              <ClientAvatar client={c} size={40} />
              <div style={{ flex: 1, minWidth: 0 }}>
                <Group gap={6} wrap="nowrap">
                  <Text fw={600} truncate>
                    {c.name}
                  </Text>
                  {c.nameLatin && (
                    <Text size="sm" c="dimmed" truncate>
                      {c.nameLatin}
                    </Text>
                  )}
                  {c.restricted && (
                    <IconLock size={14} aria-label={t('clients.restricted.badge')} />
                  )}
                </Group>
                <Group gap="md">
                  <Text size="sm" ff="monospace">
                    {c.cardNumber ?? t('clients.card.noCard')}
                  </Text>
                  {c.phoneMasked && (
                    <Text size="sm" ff="monospace" c="dimmed">
                      {c.phoneMasked}
                    </Text>
                  )}
                </Group>
              </div>
              <Group gap={6} wrap="nowrap">
                <SecrecyBadge level={c.secrecy} size="sm" />
                <StatusBadge status={c.status} />
              </Group>
            </Group>
          </Spotlight.Action>
        ))}
        {trimmed && !searching && answered === trimmed && results.length === 0 && (
          <Spotlight.Empty data-testid="spotlight-empty">
            {t('clients.spotlight.empty', { query: trimmed })}
          </Spotlight.Empty>
        )}
      </Spotlight.ActionsList>
    </Spotlight.Root>
  );
}
