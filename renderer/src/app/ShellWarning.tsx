import { Alert, Anchor } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { go, type Route } from './route';

/** One line under the header for oversight (backups, integrity): what is wrong, and where to act. */
export function ShellWarning(props: {
  color: 'red' | 'orange';
  testId: string;
  children: ReactNode;
  link?: { label: string; route: Route; testId: string } | null;
  data?: Record<`data-${string}`, string>;
}) {
  const { color, testId, children, link, data } = props;
  return (
    <Alert
      color={color}
      variant="light"
      icon={<IconAlertTriangle size={18} />}
      mb="md"
      py={8}
      data-testid={testId}
      {...data}
    >
      {children}
      {link && (
        <Anchor size="sm" ml="sm" onClick={() => go(link.route)} data-testid={link.testId}>
          {link.label}
        </Anchor>
      )}
    </Alert>
  );
}
