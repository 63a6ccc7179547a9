/** 投诉登记: the intake modal, opened from the desk, a call, the shift log or a client file. */
import { create } from 'zustand';
import type { Input } from '../../../../shared/contract';
import type { ClientSummary } from '../../../../shared/contract/clientViews';
import type { ComplaintView } from '../../../../shared/contract/complaintViews';
import type { Result } from '../../../../shared/contract/result';
import type { ComplaintChannel } from '../../../../shared/domain/complaint';
import { call } from '../../api/client';
import { createClientSearchStore } from '../clients/store';

/** What an entry point already knows. */
export interface IntakePrefill {
  channel?: ComplaintChannel;
  client?: Pick<ClientSummary, 'id' | 'name'>;
  contactName?: string;
  callBackPhone?: string;
  summary?: string;
  logEntryId?: string;
}

interface IntakeState {
  opened: boolean;
  prefill: IntakePrefill;
  /** Bumped at every opening, so the form starts afresh even with the same prefill. */
  seq: number;
  open(prefill?: IntakePrefill): void;
  close(): void;
  submit(input: Input<'complaints.open'>): Promise<Result<ComplaintView>>;
}

/** The intake's own client search box: the desk search, as Ctrl+K and the list use it. */
export const useIntakeSearchStore = createClientSearchStore();

export const useIntakeStore = create<IntakeState>((set, get) => ({
  opened: false,
  prefill: {},
  seq: 0,
  open: (prefill = {}) => set({ opened: true, prefill, seq: get().seq + 1 }),
  close: () => {
    useIntakeSearchStore.getState().clear();
    set({ opened: false });
  },
  submit: (input) => call('complaints.open', input),
}));
