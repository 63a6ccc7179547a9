import { IconPuzzleOff } from '@tabler/icons-react';
import type { Module } from '../../../shared/domain/modules';
import { BlockedScreen } from './BlockedScreen';
import { useT } from './i18n';

/** A screen of a module this site does not use, reached by its address: why, and the way back. */
export function ModuleOff({ module }: { module: Module }) {
  const t = useT();
  return (
    <BlockedScreen
      icon={<IconPuzzleOff size={32} />}
      color="gray"
      title={t(`modules.module.${module}`)}
      body={t('errors.reason.module.off')}
      testId="module-off"
    />
  );
}
