import { IconLockAccess } from '@tabler/icons-react';
import type { ChannelName } from '../../../shared/contract';
import type { Role } from '../../../shared/domain/roles';
import { BlockedScreen } from './BlockedScreen';
import { useT } from './i18n';
import { rolesFor } from './nav';

/** What a person sees when main refused a screen to their role: why, and the way back. */
export function Forbidden({
  channel,
  feature,
  role,
}: {
  channel: ChannelName;
  feature: string;
  role: Role;
}) {
  const t = useT();
  const allowed = rolesFor(channel);
  const roles = allowed === 'public' ? '' : allowed.map((r) => t(`role.${r}`)).join(' / ');
  return (
    <BlockedScreen
      icon={<IconLockAccess size={32} />}
      color="orange"
      title={t('forbidden.title')}
      body={t('forbidden.body', { feature, roles, role: t(`role.${role}`) })}
      testId="forbidden"
    />
  );
}
