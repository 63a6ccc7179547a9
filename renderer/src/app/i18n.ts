import { useCallback } from 'react';
import type { AppErrorShape } from '../../../shared/contract/result';
import { hasMessage, translate, type MessageKey, type Params } from '../../../shared/i18n';
import { useStationStore } from '../features/setup/stationStore';
import { useUiStore } from './uiStore';

export type T = (key: MessageKey, params?: Params) => string;

export function useT(): T {
  const language = useUiStore((s) => s.language);
  return useCallback(
    (key: MessageKey, params?: Params) => translate(language, key, params),
    [language],
  );
}

/** A label for a dynamic key such as an audit action, or the raw code when none exists. */
export function labelOr(t: T, key: string, fallback: string): string {
  return hasMessage(key) ? t(key) : fallback;
}

export function formatWait(t: T, ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  return seconds < 120
    ? t('errors.wait.seconds', { n: seconds })
    : t('errors.wait.minutes', { n: Math.ceil(seconds / 60) });
}

/** On a desk PC the lost line is the one to the vault PC, where the records are. */
const DESK_PC_REASONS: Record<string, string> = {
  'transport.offline': 'transport.offline.station',
};

/** The sentence a person sees for a failed call: the specific reason when we know it. */
export function errorText(t: T, error: AppErrorShape, params: Params = {}): string {
  const deskPc = useStationStore.getState().status?.role === 'desk';
  const reason = (deskPc && error.reason && DESK_PC_REASONS[error.reason]) || error.reason;
  const reasonKey = `errors.reason.${reason ?? ''}`;
  const filled: Params = { ...params };
  if (error.retryAfterMs !== undefined) filled.wait = formatWait(t, error.retryAfterMs);
  if (reason && hasMessage(reasonKey)) return t(reasonKey, filled);
  return t(`errors.code.${error.code}`);
}
