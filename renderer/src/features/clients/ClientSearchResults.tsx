import { Badge, Group, Paper, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import type { ClientSummary } from '../../../../shared/contract/clientViews';
import { useT } from '../../app/i18n';
import { AlertBadges, ClientAvatar, SecrecyBadge, StatusBadge } from './ClientBits';

/** The testid suffix of a client: its card number when it has one (what the desk types). */
export function clientKey(c: Pick<ClientSummary, 'id' | 'cardNumber'>): string {
  return c.cardNumber ?? c.id;
}

/** Results of the desk search, large enough to read at arm's length. */
export function ClientSearchResults({
  results,
  active,
  onPick,
  onHover,
}: {
  results: ClientSummary[];
  active: number;
  onPick: (c: ClientSummary) => void;
  onHover: (index: number) => void;
}) {
  const t = useT();
  return (
    <Stack gap={4} role="listbox" data-testid="clients-search-results">
      {results.map((c, i) => (
        <UnstyledButton
          key={c.id}
          role="option"
          aria-selected={i === active}
          onClick={() => onPick(c)}
          onMouseEnter={() => onHover(i)}
          data-testid={`client-result-${clientKey(c)}`}
        >
          <Paper
            p="sm"
            radius="md"
            withBorder
            bg={i === active ? 'var(--mantine-primary-color-light)' : undefined}
          >
            <Group wrap="nowrap" gap="md">
              <ClientAvatar client={c} size={48} />
              <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
                <Group gap="xs" wrap="nowrap">
                  <Text fw={700} size="lg" truncate>
                    {c.name}
                  </Text>
                  {c.nameLatin && (
                    <Text c="dimmed" truncate>
                      {c.nameLatin}
                    </Text>
                  )}
                </Group>
                <Group gap="md">
                  <Text ff="monospace" fw={600}>
                    {c.cardNumber ?? t('clients.card.noCard')}
                  </Text>
                  {c.cardType && (
                    <Text c="dimmed" size="sm">
                      {c.cardType}
                    </Text>
                  )}
                  {c.phoneMasked && (
                    <Text ff="monospace" size="sm" c="dimmed">
                      {c.phoneMasked}
                    </Text>
                  )}
                </Group>
              </Stack>
              <Stack gap={4} align="flex-end">
                <Group gap={6}>
                  <SecrecyBadge level={c.secrecy} size="sm" />
                  {c.restricted && (
                    <Badge color="orange" variant="outline" leftSection={<IconLock size={12} />}>
                      {t('clients.restricted.badge')}
                    </Badge>
                  )}
                  <StatusBadge status={c.status} size="lg" />
                </Group>
                <AlertBadges alerts={c.alerts} expiresOn={c.expiresOn} size="sm" />
              </Stack>
            </Group>
          </Paper>
        </UnstyledButton>
      ))}
    </Stack>
  );
}
