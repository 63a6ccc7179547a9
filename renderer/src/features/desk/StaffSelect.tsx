import { Select, type ComboboxItem, type OptionsFilter } from '@mantine/core';
import type { StaffDirectoryEntry } from '../../../../shared/contract/clientViews';

/** Matches typed text against the name and main's pinyin of it ("liu" finds 刘洋). */
export function staffFilter(staff: StaffDirectoryEntry[]): OptionsFilter {
  const pinyinOf = new Map(staff.map((s) => [s.id, s.pinyin ?? '']));
  return ({ options, search }) => {
    const q = search.trim().toLowerCase().replace(/\s+/g, '');
    if (!q) return options;
    return (options as ComboboxItem[]).filter(
      (o) =>
        o.label.toLowerCase().includes(q) ||
        (pinyinOf.get(o.value) ?? '').split(' ').some((p) => p.startsWith(q)),
    );
  };
}

/**
 * A searchable colleague picker with extra fixed choices (the next shift). Focus selects the
 * prefilled name, so typing replaces it and searches instead of appending to it.
 */
export function StaffSelect({
  label,
  staff,
  extra,
  value,
  onChange,
  testId,
  error,
}: {
  label: string;
  staff: StaffDirectoryEntry[];
  extra: ComboboxItem[];
  value: string;
  onChange: (v: string | null) => void;
  testId: string;
  /** Main's word on the field (a colleague made inactive since the list was loaded). */
  error?: string;
}) {
  return (
    <Select
      label={label}
      data={[...extra, ...staff.map((s) => ({ value: s.id, label: s.displayName }))]}
      value={value}
      onChange={onChange}
      searchable
      filter={staffFilter(staff)}
      onFocus={(e) => e.currentTarget.select()}
      error={error}
      data-testid={testId}
    />
  );
}
