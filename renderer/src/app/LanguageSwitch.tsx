import { SegmentedControl } from '@mantine/core';
import type { Language } from '../../../shared/contract/views';
import { useSessionStore } from '../features/auth/store';
import { useUiStore } from './uiStore';

export function LanguageSwitch() {
  const language = useUiStore((s) => s.language);
  const setLanguage = useUiStore((s) => s.setLanguage);
  const setPreferences = useSessionStore((s) => s.setPreferences);
  const change = (value: string) => {
    setLanguage(value as Language, true);
    void setPreferences({ language: value as Language });
  };
  return (
    <SegmentedControl
      size="xs"
      value={language}
      onChange={change}
      aria-label="Language / 语言"
      data={[
        { value: 'zh-CN', label: '中文' },
        { value: 'en', label: 'English' },
      ]}
    />
  );
}
