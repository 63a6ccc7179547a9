import { Avatar, Button, Image, Stack, Text } from '@mantine/core';
import { IconCamera } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import type { ClientSummary } from '../../../../shared/contract/clientViews';
import { useT } from '../../app/i18n';
import { CameraDialog } from './CameraDialog';
import { useCameraStore } from './cameraStore';
import { usePhotoStore } from './store';

/** Large enough to compare with the face at the desk. */
export const CHECKIN_PHOTO = 168;

/**
 * The member's photo on the check-in card, and Take photo (or New photo) with the desk's
 * webcam. Not offered on a file this role may not change: main would refuse it.
 */
export function MemberPhoto({
  client,
}: {
  client: Pick<ClientSummary, 'id' | 'name' | 'hasPhoto' | 'restricted'>;
}) {
  const t = useT();
  const stored = usePhotoStore((s) => s.photos[client.id]);
  const known = usePhotoStore((s) => client.id in s.photos);
  const load = usePhotoStore((s) => s.load);
  const open = useCameraStore((s) => s.open);
  useEffect(() => {
    if (client.hasPhoto) void load(client.id);
  }, [client.id, client.hasPhoto, load]);
  // A photo saved at this desk is in the store before the card's summary knows of it.
  const photo = known ? stored : null;
  // Where the person was before the button took focus (the tag box, say): focus goes back there.
  const before = useRef<HTMLElement | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <Stack gap={6} w={CHECKIN_PHOTO} style={{ flexShrink: 0 }}>
      {photo ? (
        <Image
          src={photo}
          w={CHECKIN_PHOTO}
          h={CHECKIN_PHOTO}
          radius="md"
          alt={client.name}
          data-testid="member-photo"
        />
      ) : (
        <Avatar
          size={CHECKIN_PHOTO}
          radius="md"
          color="initials"
          name={client.name}
          data-testid="member-photo-none"
        >
          <Stack gap={2} align="center">
            <Text fz={48} fw={700} lh={1}>
              {Array.from(client.name)[0]}
            </Text>
            <Text size="xs">{t('camera.noPhoto')}</Text>
          </Stack>
        </Avatar>
      )}
      {!client.restricted && (
        <Button
          ref={button}
          size="xs"
          variant={photo ? 'subtle' : 'light'}
          leftSection={<IconCamera size={16} />}
          onFocus={(e) => (before.current = e.relatedTarget as HTMLElement | null)}
          onClick={() => open({ id: client.id, name: client.name })}
          data-testid="member-photo-take"
        >
          {photo ? t('camera.replace') : t('camera.take')}
        </Button>
      )}
      <CameraDialog returnTo={() => before.current ?? button.current} />
    </Stack>
  );
}
