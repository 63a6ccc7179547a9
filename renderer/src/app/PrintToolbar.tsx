import { Button } from '@mantine/core';
import { IconArrowLeft, IconFileTypePdf, IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import type { AppErrorShape } from '../../../shared/contract/result';
import { ErrorAlert } from './ErrorAlert';

/**
 * Back, Print and Save as PDF above a print view (the handover's, the visitor badge's): never
 * on paper (`data-noprint`). The words and the save call are the view's; main writes the PDF.
 */
export function PrintToolbar({
  className,
  testPrefix,
  ready,
  labels,
  saving,
  savedAs,
  onBack,
  onSavePdf,
}: {
  className: string;
  testPrefix: string;
  ready: boolean;
  labels: { back: string; print: string; pdf: string; savedAs: (file: string) => string };
  saving: boolean;
  savedAs: string | null;
  onBack: () => void;
  onSavePdf: () => Promise<AppErrorShape | null>;
}) {
  const [error, setError] = useState<AppErrorShape | null>(null);
  return (
    <div className={className} data-noprint data-testid={`${testPrefix}-toolbar`}>
      <Button
        variant="default"
        leftSection={<IconArrowLeft size={16} />}
        onClick={onBack}
        data-testid={`${testPrefix}-back`}
      >
        {labels.back}
      </Button>
      <Button
        leftSection={<IconPrinter size={16} />}
        disabled={!ready}
        onClick={() => window.print()}
        data-testid={`${testPrefix}-print`}
      >
        {labels.print}
      </Button>
      <Button
        variant="light"
        leftSection={<IconFileTypePdf size={16} />}
        disabled={!ready}
        loading={saving}
        onClick={async () => setError(await onSavePdf())}
        data-testid={`${testPrefix}-pdf`}
      >
        {labels.pdf}
      </Button>
      {savedAs && (
        <span className={`${className}-note`} data-testid={`${testPrefix}-saved`}>
          {labels.savedAs(savedAs)}
        </span>
      )}
      {error && (
        <div style={{ flexBasis: '100%' }}>
          <ErrorAlert error={error} />
        </div>
      )}
    </div>
  );
}
