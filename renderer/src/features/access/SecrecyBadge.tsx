import { Badge } from '@mantine/core';
import type { SecrecyLevel } from '../../../../shared/domain/clients';
import { useT } from '../../app/i18n';

export const SECRECY_COLOR: Record<SecrecyLevel, string> = {
  none: 'gray',
  secret: 'blue',
  confidential: 'orange',
  topSecret: 'red',
};

/** 普通 / 秘密 / 机密 / 绝密, by colour and by word. */
export function SecrecyBadge({ level, size = 'lg' }: { level: SecrecyLevel; size?: string }) {
  const t = useT();
  return (
    <Badge
      tt="none"
      miw="max-content"
      color={SECRECY_COLOR[level]}
      variant={level === 'topSecret' ? 'filled' : 'light'}
      size={size}
      data-testid="secrecy-badge"
      data-level={level}
    >
      {t(`access.secrecy.${level}`)}
    </Badge>
  );
}
