import { SimpleGrid, Text } from '@mantine/core';

/**
 * A certificate fingerprint as people compare it aloud: its groups of four large and apart
 * (3F2A  9C01  …), `perRow` to a row, so both screens break it at the same place.
 */
export function Fingerprint({
  value,
  size = 28,
  perRow = 4,
}: {
  value: string;
  size?: number;
  perRow?: 4 | 8;
}) {
  return (
    <SimpleGrid
      cols={perRow}
      spacing="xs"
      verticalSpacing={2}
      w="fit-content"
      data-testid="fingerprint"
      data-value={value}
    >
      {value.split('-').map((group, i) => (
        <Text key={i} ff="monospace" fw={700} fz={size} lh={1.3} style={{ letterSpacing: 1 }}>
          {group}
        </Text>
      ))}
    </SimpleGrid>
  );
}
