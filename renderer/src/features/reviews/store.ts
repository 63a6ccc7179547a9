import { create } from 'zustand';
import type { Input } from '../../../../shared/contract';
import type { ReviewDue } from '../../../../shared/contract/clientViews';
import type { AppErrorShape } from '../../../../shared/contract/result';
import { call } from '../../api/client';

/** How far ahead the list looks, besides everything overdue. */
export const WITHIN_DAYS = 14;

interface ReviewsState {
  due: ReviewDue[];
  error: AppErrorShape | null;
  loading: boolean;
  load(): Promise<void>;
  /** Records a file re-verification or a credit review; refreshes the list when main agrees. */
  complete(input: Input<'reviews.complete'>): Promise<AppErrorShape | null>;
}

export const useReviewsStore = create<ReviewsState>((set, get) => ({
  due: [],
  error: null,
  loading: false,
  async load() {
    set({ loading: true });
    const r = await call('reviews.due', { withinDays: WITHIN_DAYS });
    set(
      r.ok
        ? { due: r.data, error: null, loading: false }
        : { due: [], error: r.error, loading: false },
    );
  },
  async complete(input) {
    const r = await call('reviews.complete', input);
    if (!r.ok) return r.error;
    await get().load();
    return null;
  },
}));
