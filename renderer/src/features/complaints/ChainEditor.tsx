import {
  ActionIcon,
  Button,
  Group,
  NumberInput,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Text,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { ServiceSettings } from '../../../../shared/contract/complaintViews';
import type { AppErrorShape } from '../../../../shared/contract/result';
import type { EscalationLevel } from '../../../../shared/domain/escalation';
import { ROLES, type Role } from '../../../../shared/domain/roles';
import { ErrorAlert } from '../../app/ErrorAlert';
import { fieldError } from '../../app/fieldErrors';
import { useT } from '../../app/i18n';
import { useStaffDirectoryStore } from '../clients/store';
import { StaffSelect } from '../desk/StaffSelect';
import { useServiceSettingsStore } from './settingsStore';

/** 升级顺序: each level a role or a person, the deadline it watches and its offset. */
export function ChainEditor({
  settings,
  editable,
}: {
  settings: ServiceSettings;
  editable: boolean;
}) {
  const t = useT();
  const staff = useStaffDirectoryStore((s) => s.entries);
  const save = useServiceSettingsStore((s) => s.setChain);
  const [chain, setChain] = useState<EscalationLevel[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorShape | null>(null);
  useEffect(() => {
    setChain([...settings.chain]);
    void useStaffDirectoryStore.getState().load();
  }, [settings]);
  const set = (i: number, patch: Partial<EscalationLevel>) =>
    setChain(chain.map((l, j) => (j === i ? { ...l, ...patch } : l)));
  const submit = async () => {
    setBusy(true);
    const e = await save({ chain });
    setBusy(false);
    setError(e);
    if (!e) notifications.show({ color: 'teal', message: t('servicelevels.saved') });
  };
  return (
    <Paper withBorder radius="md" p="md" data-testid="chain-editor">
      <Stack gap="sm">
        {chain.map((l, i) => (
          <Group key={i} gap="sm" align="flex-end" wrap="nowrap" data-testid="chain-level">
            <Text fw={700} w={70} mb={8}>
              {t('servicelevels.level', { level: i + 1 })}
            </Text>
            <SegmentedControl
              size="xs"
              mb={4}
              disabled={!editable}
              value={'role' in l.to ? 'role' : 'person'}
              onChange={(v) =>
                set(i, {
                  to: v === 'role' ? { role: 'dutyManager' } : { staffId: staff[0]?.id ?? '' },
                })
              }
              data={[
                { value: 'role', label: t('servicelevels.toRole') },
                { value: 'person', label: t('servicelevels.toPerson') },
              ]}
            />
            {'role' in l.to ? (
              <Select
                label={t('servicelevels.to')}
                w={170}
                disabled={!editable}
                data={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
                value={l.to.role}
                onChange={(v) => v && set(i, { to: { role: v as Role } })}
              />
            ) : (
              <div style={{ width: 170 }}>
                <StaffSelect
                  label={t('servicelevels.to')}
                  staff={staff}
                  extra={[]}
                  value={l.to.staffId}
                  onChange={(v) => v && set(i, { to: { staffId: v } })}
                  error={fieldError(t, error, `chain.${i}.to.staffId`)}
                  testId={`chain-person-${i}`}
                />
              </div>
            )}
            <Select
              label={t('servicelevels.watches')}
              w={150}
              disabled={!editable}
              data={[
                { value: 'firstResponseDue', label: t('complaint.due.firstResponse') },
                { value: 'resolutionDue', label: t('complaint.due.resolution') },
              ]}
              value={l.watches}
              onChange={(v) => v && set(i, { watches: v as EscalationLevel['watches'] })}
            />
            <NumberInput
              label={t('servicelevels.offset')}
              description={t('servicelevels.offsetHint')}
              w={200}
              disabled={!editable}
              allowDecimal={false}
              value={l.offsetMinutes}
              onChange={(v) => set(i, { offsetMinutes: Number(v) || 0 })}
              error={fieldError(t, error, `chain.${i}.offsetMinutes`)}
            />
            {editable && (
              <ActionIcon
                variant="subtle"
                color="red"
                mb={6}
                disabled={chain.length <= 1}
                onClick={() => setChain(chain.filter((_, j) => j !== i))}
                aria-label={t('servicelevels.remove')}
              >
                <IconTrash size={16} />
              </ActionIcon>
            )}
          </Group>
        ))}
        <ErrorAlert error={error} />
        {editable && (
          <Group justify="space-between">
            <Button
              variant="light"
              leftSection={<IconPlus size={14} />}
              disabled={chain.length >= 6}
              onClick={() =>
                setChain([
                  ...chain,
                  { to: { role: 'admin' }, watches: 'resolutionDue', offsetMinutes: 0 },
                ])
              }
              data-testid="chain-add"
            >
              {t('servicelevels.addLevel')}
            </Button>
            <Button loading={busy} onClick={() => void submit()} data-testid="chain-save">
              {t('servicelevels.saveChain')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
