import { Badge, Button, Group, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { IconSearch, IconX } from '@tabler/icons-react';
import type { ClientSummary } from '../../../../shared/contract/clientViews';
import { useT } from '../../app/i18n';
import { useIncidentSearchStore } from './store';

export type Member = Pick<ClientSummary, 'id' | 'name' | 'cardNumber'>;

/** The desk search inside the report: type, then Enter or a click takes the member. */
export function MemberPicker({
  member,
  onPick,
  error,
}: {
  member: Member | null;
  onPick: (m: Member | null) => void;
  error?: string;
}) {
  const t = useT();
  const { query, results, setQuery, flush, clear } = useIncidentSearchStore();
  if (member)
    return (
      <Group gap="xs" data-testid="incident-member-chosen">
        <Badge size="lg" variant="light" tt="none">
          {t('incidents.form.memberChosen', { name: member.name, card: member.cardNumber ?? '—' })}
        </Badge>
        <Button
          size="compact-sm"
          variant="subtle"
          leftSection={<IconX size={14} />}
          onClick={() => onPick(null)}
          data-testid="incident-member-clear"
        >
          {t('incidents.form.memberClear')}
        </Button>
      </Group>
    );
  const take = (c: ClientSummary) => {
    onPick({ id: c.id, name: c.name, cardNumber: c.cardNumber });
    clear();
  };
  return (
    <Stack gap={4}>
      <TextInput
        label={t('incidents.form.member')}
        placeholder={t('incidents.form.memberSearch')}
        description={t('incidents.form.memberHint')}
        leftSection={<IconSearch size={16} />}
        value={query}
        onChange={(e) => setQuery(e.currentTarget.value)}
        onKeyDown={async (e) => {
          // With a search typed, Enter takes the first match instead of saving the report.
          if (e.key !== 'Enter' || !query.trim() || e.nativeEvent.isComposing) return;
          e.preventDefault();
          e.stopPropagation();
          const found = await flush();
          if (found[0]) take(found[0]);
        }}
        data-autofocus
        error={error}
        data-testid="incident-member-search"
      />
      {results.slice(0, 5).map((c) => (
        <UnstyledButton
          key={c.id}
          onClick={() => take(c)}
          px="sm"
          py={4}
          style={{
            borderRadius: 'var(--mantine-radius-sm)',
            border: '1px solid var(--mantine-color-default-border)',
          }}
          data-testid="incident-member-result"
        >
          <Group gap="sm">
            <Text fw={600}>{c.name}</Text>
            <Text size="sm" ff="monospace" c="dimmed">
              {c.cardNumber ?? ''} {c.phoneMasked ?? ''}
            </Text>
          </Group>
        </UnstyledButton>
      ))}
    </Stack>
  );
}
