import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { ERASED } from '../../../../shared/domain/redaction';
import { useUiStore } from '../../app/uiStore';
import { renderWithMantine } from '../../test/render';
import { PrintHandover } from './components/PrintHandover';
import { content, signedView } from './fixtures';

beforeEach(() => useUiStore.setState({ language: 'zh-CN', chosen: true }));

describe('a redacted handover on paper', () => {
  it('shows (已删除) where the erased person was, and when the redaction was made', () => {
    const base = content();
    const tag = { ...base.openItems.tagsOut[0]!, name: ERASED };
    const view = signedView({
      content: {
        ...base,
        openItems: { ...base.openItems, tagsOut: [tag] },
        summary: `${ERASED}的手牌已交回`,
      },
      redactions: [{ at: new Date(2025, 5, 9, 10, 0).getTime(), source: 'erasure', fields: 2 }],
    });
    renderWithMantine(<PrintHandover view={view} siteName="阳光健身" />);
    const page = screen.getByTestId('print-handover').textContent!;
    expect(page).toContain('（已删除）');
    expect(page).not.toContain(ERASED);
    expect(screen.getByTestId('print-summary').textContent).toBe('（已删除）的手牌已交回');
    expect(screen.getByTestId('print-redaction').textContent).toContain('（2 处）');
  });
});
