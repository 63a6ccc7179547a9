import { Group, Text } from '@mantine/core';

/**
 * A certificate fingerprint as people compare it aloud: its groups of four large and apart
 * (3F2A  9C01  …), wrapped as whole groups, never inside one.
 */
export function Fingerprint({ value, size = 28 }: { value: string; size?: number }) {
  return (
    <Group gap="md" style={{ rowGap: 4 }} data-testid="fingerprint" data-value={value}>
      {value.split('-').map((group, i) => (
        <Text key={i} ff="monospace" fw={700} fz={size} lh={1.3} style={{ letterSpacing: 1 }}>
          {group}
        </Text>
      ))}
    </Group>
  );
}
