import { Button, Group, NumberInput, Stack, Switch } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import type { AppErrorShape, Result } from '../../../shared/contract/result';
import { ErrorAlert } from './ErrorAlert';

type Outcome = Result<unknown> | AppErrorShape | null;

/** Some stores answer a Result, others just the failure; the form only needs the failure. */
const failureOf = (out: Outcome) => (out && 'ok' in out ? (out.ok ? null : out.error) : out);

/** A failed save keeps the modal open with the reason; a good one closes it. */
export function useModalSave(onDone: () => void) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const run = async (save: () => Promise<Outcome>) => {
    setBusy(true);
    const failure = failureOf(await save());
    setBusy(false);
    setError(failure);
    if (!failure) onDone();
  };
  return { busy, error, setError, run };
}

/** The body of an edit modal: Enter submits, and the page never reloads. */
export function ModalForm({
  onSubmit,
  testId,
  children,
}: {
  onSubmit: () => unknown;
  testId?: string;
  children: ReactNode;
}) {
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void onSubmit();
      }}
      data-testid={testId}
    >
      <Stack>{children}</Stack>
    </form>
  );
}

export interface ModalFormButtonsProps {
  onCancel: () => void;
  cancelLabel: string;
  submitLabel: string;
  /** Defaults to true for forms whose submit is always allowed. */
  ready?: boolean;
  busy: boolean;
  /** A destructive or approving action wears its colour on the button. */
  color?: string;
  testId: string;
}

/** Cancel and submit, right-aligned; for forms that show their error their own way. */
export function ModalFormButtons({
  onCancel,
  cancelLabel,
  submitLabel,
  ready = true,
  busy,
  color,
  testId,
}: ModalFormButtonsProps) {
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        {cancelLabel}
      </Button>
      <Button type="submit" color={color} disabled={!ready} loading={busy} data-testid={testId}>
        {submitLabel}
      </Button>
    </Group>
  );
}

/** The failed save's error sits right above the buttons, where the user is looking. */
export function ModalFormFooter({
  error,
  ...buttons
}: ModalFormButtonsProps & { error: AppErrorShape | null }) {
  return (
    <>
      <ErrorAlert error={error} />
      <ModalFormButtons {...buttons} />
    </>
  );
}

interface SortField {
  /** A string while the user is mid-edit, as NumberInput reports it. */
  value: number | string;
  onChange: (value: number | string) => void;
  label: string;
  hint: string;
  max: number;
  testId: string;
}

interface ActiveField {
  checked: boolean;
  onChange: (checked: boolean) => void;
  label: string;
  hint?: string;
  testId: string;
}

/** Setup lists are ordered by hand and retired rather than deleted, so their forms share these two. */
export function SortActiveFields({ sort, active }: { sort: SortField; active: ActiveField }) {
  return (
    <>
      <NumberInput
        label={sort.label}
        description={sort.hint}
        value={sort.value}
        onChange={sort.onChange}
        min={0}
        max={sort.max}
        allowDecimal={false}
        allowNegative={false}
        data-testid={sort.testId}
      />
      <Switch
        label={active.label}
        description={active.hint}
        checked={active.checked}
        onChange={(e) => active.onChange(e.currentTarget.checked)}
        data-testid={active.testId}
      />
    </>
  );
}
