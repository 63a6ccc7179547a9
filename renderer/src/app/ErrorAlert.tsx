import { Alert } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { AppErrorShape } from '../../../shared/contract/result';
import type { Params } from '../../../shared/i18n';
import { errorText, useT } from './i18n';

export function ErrorAlert({ error, params }: { error: AppErrorShape | null; params?: Params }) {
  const t = useT();
  if (!error) return null;
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertTriangle size={18} />}
      role="alert"
      data-testid="error-alert"
    >
      {errorText(t, error, params)}
    </Alert>
  );
}
