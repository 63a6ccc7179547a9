import { Button, Modal, Stack, Text, TextInput } from '@mantine/core';
import { IconCoffee, IconDoorExit } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { AppErrorShape } from '../../../../shared/contract/result';
import { ErrorAlert } from '../../app/ErrorAlert';
import { useT } from '../../app/i18n';
import { useTagsStore } from './tagsStore';

export type TagPromptMode = 'checkout' | 'drink';

/**
 * F3 and F6: a tag number, then check-out (main returns the tag or says what is still open
 * on it, and the drawer opens on its settle form) or the tag's 水吧单 to add a drink.
 * Focus is not handed back on close: the drawer, when it opens, takes it.
 */
export function TagPromptModal({
  mode,
  onClose,
  onCancel,
}: {
  mode: TagPromptMode | null;
  /** The prompt did its job (checked out, or the drawer is open). */
  onClose: () => void;
  onCancel: () => void;
}) {
  const t = useT();
  const { checkOutByTag, openByNumber } = useTagsStore();
  const [tag, setTag] = useState('');
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [notOut, setNotOut] = useState<string | null>(null);
  useEffect(() => {
    if (!mode) return;
    setTag('');
    setError(null);
    setNotOut(null);
  }, [mode]);
  const submit = async () => {
    if (!tag.trim()) return;
    if (mode === 'drink') {
      if (await openByNumber(tag)) onClose();
      else setNotOut(tag.trim());
      return;
    }
    const r = await checkOutByTag(tag);
    if (r.ok || r.error.reason === 'desk.unsettled') onClose();
    else setError(r.error);
  };
  const checkout = mode !== 'drink';
  return (
    <Modal
      opened={mode !== null}
      onClose={onCancel}
      returnFocus={false}
      title={t(checkout ? 'deskui.checkout.byTag' : 'deskui.tags.byNumber')}
      data-testid="checkout-tag-modal"
      data-mode={mode ?? undefined}
    >
      <Stack>
        <TextInput
          label={t('deskui.checkin.tag')}
          value={tag}
          onChange={(e) => setTag(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
              e.preventDefault();
              void submit();
            }
          }}
          size="lg"
          maxLength={10}
          data-autofocus
          autoComplete="off"
          data-testid="checkout-tag"
        />
        <ErrorAlert error={error} />
        {notOut && (
          <Text c="red" data-testid="tag-not-out">
            {t('deskui.tags.notOut', { tag: notOut })}
          </Text>
        )}
        <Button
          color="violet"
          leftSection={checkout ? <IconDoorExit size={18} /> : <IconCoffee size={18} />}
          disabled={!tag.trim()}
          onClick={() => void submit()}
          data-testid="checkout-tag-submit"
        >
          {t(checkout ? 'deskui.checkout.submit' : 'deskui.tags.open')}
        </Button>
      </Stack>
    </Modal>
  );
}
