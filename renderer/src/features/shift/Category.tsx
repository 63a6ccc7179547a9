import { Badge, SegmentedControl } from '@mantine/core';
import { LOG_CATEGORIES, type LogCategory } from '../../../../shared/domain/shift';
import { useT } from '../../app/i18n';
import { CATEGORY_COLOR } from './format';

/** A category in its colour and its word, never the colour alone. */
export function CategoryBadge({ category }: { category: LogCategory }) {
  const t = useT();
  return (
    <Badge
      variant="light"
      color={CATEGORY_COLOR[category]}
      data-testid="shift-entry-category"
      data-category={category}
    >
      {t(`shift.category.${category}`)}
    </Badge>
  );
}

export function CategoryPicker({
  value,
  onChange,
  testId,
}: {
  value: LogCategory;
  onChange: (c: LogCategory) => void;
  testId: string;
}) {
  const t = useT();
  return (
    <SegmentedControl
      fullWidth
      value={value}
      onChange={(v) => onChange(v as LogCategory)}
      color={CATEGORY_COLOR[value]}
      data={LOG_CATEGORIES.map((c) => ({ value: c, label: t(`shift.category.${c}`) }))}
      data-testid={testId}
    />
  );
}
