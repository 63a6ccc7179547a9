import {
  Button,
  Checkbox,
  Group,
  Paper,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import type { AppErrorShape } from '../../../../shared/contract/result';
import {
  MODULE_NEEDS,
  MODULES,
  PROFILE_MODULES,
  SITE_PROFILES,
  toggleModule,
  type Module,
  type SiteProfile,
} from '../../../../shared/domain/modules';
import { ErrorAlert } from '../../app/ErrorAlert';
import { useT } from '../../app/i18n';
import { useSettingsStore } from './store';

/** A head office is chosen at setup, once: a branch cannot become one here (main refuses it). */
const BRANCH_PROFILES = SITE_PROFILES.filter((p) => p !== 'headOffice');

/** At a head office: what it is, and no modules (it keeps no desk). */
function HeadOfficeSite() {
  const t = useT();
  return (
    <Paper withBorder p="xl" radius="lg" maw={620} mb="lg" data-testid="site-profile-head-office">
      <Stack gap={4}>
        <Title order={4}>{t('modules.headOfficeSite')}</Title>
        <Text size="sm" c="dimmed">
          {t('modules.headOfficeSiteHint')}
        </Text>
      </Stack>
    </Paper>
  );
}

function ProfilePicker({
  value,
  onChange,
}: {
  value: SiteProfile;
  onChange: (p: SiteProfile) => void;
}) {
  const t = useT();
  return (
    <Radio.Group value={value} onChange={(v) => onChange(v as SiteProfile)}>
      <SimpleGrid cols={3} spacing="sm">
        {BRANCH_PROFILES.map((p) => (
          <Radio.Card key={p} value={p} radius="md" p="sm" data-testid={`profile-${p}`}>
            <Group wrap="nowrap" align="flex-start" gap="xs">
              <Radio.Indicator mt={2} />
              <div>
                <Text fw={600}>{t(`modules.profile.${p}`)}</Text>
                <Text size="xs" c="dimmed">
                  {t(`modules.profile.${p}.hint`)}
                </Text>
              </div>
            </Group>
          </Radio.Card>
        ))}
      </SimpleGrid>
    </Radio.Group>
  );
}

function ModuleBoxes({
  value,
  onChange,
  error,
}: {
  value: readonly Module[];
  onChange: (m: Module[]) => void;
  error?: string;
}) {
  const t = useT();
  const needs = (m: Module) =>
    (MODULE_NEEDS[m] ?? []).map((n) => t('modules.needs', { module: t(`modules.module.${n}`) }));
  return (
    <Stack gap={6}>
      <Text size="sm" fw={500}>
        {t('modules.modulesLabel')}
      </Text>
      <SimpleGrid cols={2} spacing="sm" verticalSpacing="sm">
        {MODULES.map((m) => (
          <Checkbox
            key={m}
            checked={value.includes(m)}
            onChange={(e) => onChange(toggleModule(value, m, e.currentTarget.checked))}
            label={t(`modules.module.${m}`)}
            description={[t(`modules.module.${m}.hint`), ...needs(m)].join(' ')}
            data-testid={`module-${m}`}
          />
        ))}
      </SimpleGrid>
      {error && (
        <Text size="xs" c="red">
          {error}
        </Text>
      )}
      <Text size="xs" c="dimmed">
        {t('modules.alwaysOn')}
      </Text>
    </Stack>
  );
}

/** 站点类型: the profile and its modules, saved on their own so the menu follows at once. */
export function SiteProfileSettings() {
  const t = useT();
  const settings = useSettingsStore((s) => s.settings);
  const save = useSettingsStore((s) => s.save);
  const [profile, setProfile] = useState<SiteProfile>('gym');
  const [modules, setModules] = useState<Module[]>([]);
  const [error, setError] = useState<AppErrorShape | null>(null);
  useEffect(() => {
    if (!settings) return;
    setProfile(settings.siteProfile);
    setModules(settings.modules);
  }, [settings]);
  if (!settings) return null;
  if (settings.siteProfile === 'headOffice') return <HeadOfficeSite />;

  const choose = (p: SiteProfile) => {
    setProfile(p);
    setModules([...PROFILE_MODULES[p]]);
  };
  const submit = async () => {
    const failure = await save({ siteProfile: profile, modules });
    setError(failure);
    if (!failure) notifications.show({ color: 'teal', message: t('modules.saved') });
  };

  return (
    <Paper withBorder p="xl" radius="lg" maw={620} mb="lg" data-testid="site-profile">
      <Stack>
        <div>
          <Title order={4}>{t('modules.section')}</Title>
          <Text size="sm" c="dimmed">
            {t('modules.sectionHint')}
          </Text>
        </div>
        <ProfilePicker value={profile} onChange={choose} />
        <ModuleBoxes value={modules} onChange={setModules} error={error?.fields?.modules} />
        <ErrorAlert error={error} />
        <Group justify="flex-end">
          <Button onClick={() => void submit()} data-testid="site-profile-save">
            {t('modules.save')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
