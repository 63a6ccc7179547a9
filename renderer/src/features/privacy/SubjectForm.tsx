import { Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconSearch, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useT } from '../../app/i18n';
import type { Subject } from './store';

export interface SubjectFormValues {
  subject: Subject;
  reason: string;
}

/**
 * Whom to look for: the client file the screen was opened from, or a name with a phone or
 * ID number for someone without one. The reason is recorded with the reading.
 */
export function SubjectForm({
  fileId,
  fileName,
  busy,
  error,
  onClearFile,
  onSubmit,
}: {
  fileId: string | null;
  fileName: string | null;
  busy: boolean;
  error: string | null;
  onClearFile: () => void;
  onSubmit: (values: SubjectFormValues) => void;
}) {
  const t = useT();
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [idNumber, setIdNumber] = useState('');
  const [reason, setReason] = useState('');
  const typed = name.trim() !== '' && (phone.trim() !== '' || idNumber.trim() !== '');
  const ready = reason.trim().length >= 2 && (fileId !== null || typed);
  const subject: Subject = fileId
    ? { clientId: fileId }
    : {
        name: name.trim(),
        ...(phone.trim() ? { phone: phone.trim() } : {}),
        ...(idNumber.trim() ? { idNumber: idNumber.trim() } : {}),
      };
  return (
    <Paper withBorder p="md" radius="md">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (ready) onSubmit({ subject, reason: reason.trim() });
        }}
      >
        <Stack gap="sm">
          <Title order={4}>{t('privacy.find.title')}</Title>
          {fileId ? (
            <Group gap="xs">
              <Text fw={600} data-testid="persondata-file">
                {t('privacy.find.fromFile', { name: fileName ?? fileId })}
              </Text>
              <Button
                size="compact-sm"
                variant="subtle"
                leftSection={<IconX size={14} />}
                onClick={onClearFile}
              >
                {t('privacy.find.clearFile')}
              </Button>
            </Group>
          ) : (
            <>
              <Group grow align="flex-start">
                <TextInput
                  label={t('privacy.find.name')}
                  value={name}
                  onChange={(e) => setName(e.currentTarget.value)}
                  maxLength={60}
                  data-testid="persondata-name"
                />
                <TextInput
                  label={t('privacy.find.phone')}
                  value={phone}
                  onChange={(e) => setPhone(e.currentTarget.value)}
                  maxLength={40}
                  data-testid="persondata-phone"
                />
                <TextInput
                  label={t('privacy.find.idNumber')}
                  value={idNumber}
                  onChange={(e) => setIdNumber(e.currentTarget.value)}
                  maxLength={40}
                  data-testid="persondata-id"
                />
              </Group>
              <Text size="xs" c="dimmed">
                {t('privacy.find.needOne')}
              </Text>
            </>
          )}
          <Group align="flex-end" wrap="nowrap">
            <TextInput
              style={{ flex: 1 }}
              label={t('privacy.find.reason')}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              maxLength={300}
              required
              data-testid="persondata-reason"
            />
            <Button
              type="submit"
              leftSection={<IconSearch size={16} />}
              disabled={!ready}
              loading={busy}
              data-testid="persondata-find"
            >
              {t('privacy.find.submit')}
            </Button>
          </Group>
          {error && (
            <Text c="red" size="sm" role="alert" data-testid="persondata-error">
              {error}
            </Text>
          )}
        </Stack>
      </form>
    </Paper>
  );
}
