import { create } from 'zustand';
import type { Language } from '../../../shared/contract/views';
import { languageFromLocale } from '../../../shared/i18n';

interface UiState {
  language: Language;
  /** True once someone picked a language by hand at this PC, so defaults stop overriding it. */
  chosen: boolean;
  setLanguage(language: Language, byHand?: boolean): void;
}

export const useUiStore = create<UiState>((set) => ({
  language: languageFromLocale(typeof navigator === 'undefined' ? undefined : navigator.language),
  chosen: false,
  setLanguage: (language, byHand = false) => set((s) => ({ language, chosen: s.chosen || byHand })),
}));
