import { Alert, Box, Button, Group, Image, Loader, Modal, Stack, Text } from '@mantine/core';
import { IconCamera, IconCameraOff, IconCheck, IconRefresh } from '@tabler/icons-react';
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { ErrorAlert } from '../../app/ErrorAlert';
import { useT } from '../../app/i18n';
import {
  cameraProblem,
  captureSquare,
  startCamera,
  stopCamera,
  type CameraProblem,
} from './camera';
import { useCameraStore } from './cameraStore';

type Phase =
  | { kind: 'starting' }
  | { kind: 'live' }
  | { kind: 'taken'; dataUrl: string }
  | { kind: 'problem'; problem: CameraProblem };

const PREVIEW = 360;

/** The camera runs while the dialog is open and stops (every track) the moment it closes. */
function useCamera(active: boolean, attempt: number) {
  const video = useRef<HTMLVideoElement>(null);
  const stream = useRef<MediaStream | null>(null);
  const [phase, setPhase] = useState<Phase>({ kind: 'starting' });
  useEffect(() => {
    if (!active) return;
    let closed = false;
    setPhase({ kind: 'starting' });
    startCamera().then(
      (s) => {
        // Closed while the camera was starting: it must not stay on.
        if (closed) return stopCamera(s);
        stream.current = s;
        setPhase({ kind: 'live' });
      },
      (e: unknown) => !closed && setPhase({ kind: 'problem', problem: cameraProblem(e) }),
    );
    return () => {
      closed = true;
      stopCamera(stream.current);
      stream.current = null;
    };
  }, [active, attempt]);
  // The modal mounts its content a little later than the camera may answer.
  useEffect(() => {
    const el = video.current;
    if (el && stream.current && el.srcObject !== stream.current) {
      el.srcObject = stream.current;
      void el.play?.()?.catch(() => {});
    }
  });
  return { video, phase, setPhase };
}

/**
 * Take photo (拍照): a live preview cropped square as it will be saved. Enter or Space
 * captures, Enter saves, Esc cancels; focus goes back where it was when the dialog opened.
 */
export function CameraDialog({ returnTo }: { returnTo?: () => HTMLElement | null }) {
  const t = useT();
  const { client, saving, error, save, close } = useCameraStore();
  const [attempt, setAttempt] = useState(0);
  const { video, phase, setPhase } = useCamera(client !== null, attempt);
  const primary = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (phase.kind === 'live' || phase.kind === 'taken') primary.current?.focus();
  }, [phase.kind]);

  // Saved or cancelled: Mantine would focus the opener; the desk wants it where the person was.
  const wasOpen = useRef(false);
  useEffect(() => {
    if (client) wasOpen.current = true;
    else if (wasOpen.current) {
      wasOpen.current = false;
      const back = returnTo?.();
      if (back) setTimeout(() => back.isConnected && back.focus(), 0);
    }
  }, [client, returnTo]);

  const capture = useCallback(() => {
    if (!video.current || phase.kind !== 'live') return;
    const shot = captureSquare(video.current);
    setPhase(
      'dataUrl' in shot
        ? { kind: 'taken', dataUrl: shot.dataUrl }
        : { kind: 'problem', problem: shot.problem },
    );
  }, [phase.kind, setPhase, video]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.nativeEvent.isComposing) return;
    // A focused button answers its own Enter and Space.
    if ((e.target as HTMLElement).tagName === 'BUTTON') return;
    if (phase.kind === 'live' && (e.key === 'Enter' || e.key === ' ')) {
      e.preventDefault();
      capture();
    } else if (phase.kind === 'taken' && e.key === 'Enter') {
      e.preventDefault();
      void save(phase.dataUrl);
    }
  };

  return (
    <Modal
      opened={client !== null}
      onClose={close}
      title={t('camera.title', { name: client?.name ?? '' })}
      size="auto"
      centered
      returnFocus={!returnTo}
      data-testid="camera-dialog"
    >
      <Stack
        gap="sm"
        onKeyDown={onKeyDown}
        w={PREVIEW}
        data-testid="camera-body"
        data-phase={phase.kind}
      >
        <Box
          pos="relative"
          w={PREVIEW}
          h={PREVIEW}
          bg="dark.7"
          style={{ borderRadius: 8, overflow: 'hidden' }}
        >
          <video
            ref={video}
            autoPlay
            playsInline
            muted
            data-testid="camera-video"
            style={{
              width: '100%',
              height: '100%',
              objectFit: 'cover',
              display: phase.kind === 'live' || phase.kind === 'starting' ? 'block' : 'none',
            }}
          />
          {phase.kind === 'taken' && (
            <Image src={phase.dataUrl} w={PREVIEW} h={PREVIEW} alt="" data-testid="camera-taken" />
          )}
          {phase.kind === 'starting' && (
            <Stack pos="absolute" inset={0} align="center" justify="center" c="gray.3">
              <Loader color="gray.3" />
              <Text size="sm">{t('camera.starting')}</Text>
            </Stack>
          )}
          {phase.kind === 'problem' && (
            <Stack pos="absolute" inset={0} align="center" justify="center" c="gray.4">
              <IconCameraOff size={48} />
            </Stack>
          )}
        </Box>
        {phase.kind === 'problem' && (
          <Alert
            color="red"
            variant="light"
            data-testid="camera-problem"
            data-problem={phase.problem}
          >
            {t(`camera.error.${phase.problem}`)}
          </Alert>
        )}
        <ErrorAlert error={error} />
        <Text size="xs" c="dimmed" data-testid="camera-hint">
          {phase.kind === 'taken' ? t('camera.hintTaken') : t('camera.hintLive')}
        </Text>
        <Group justify="space-between" gap="xs">
          <Button variant="default" onClick={close} data-testid="camera-cancel">
            {t('camera.cancel')}
          </Button>
          <Group gap="xs" wrap="nowrap">
            {phase.kind === 'problem' && (
              <Button
                variant="light"
                leftSection={<IconRefresh size={16} />}
                onClick={() => setAttempt((a) => a + 1)}
                data-testid="camera-retry"
              >
                {t('camera.tryAgain')}
              </Button>
            )}
            {phase.kind === 'taken' && (
              <Button
                variant="light"
                leftSection={<IconRefresh size={16} />}
                onClick={() => setPhase({ kind: 'live' })}
                data-testid="camera-retake"
              >
                {t('camera.retake')}
              </Button>
            )}
            {phase.kind === 'taken' ? (
              <Button
                ref={primary}
                color="teal"
                leftSection={<IconCheck size={16} />}
                loading={saving}
                onClick={() => void save(phase.dataUrl)}
                data-testid="camera-save"
              >
                {t('camera.save')}
              </Button>
            ) : (
              <Button
                ref={primary}
                data-autofocus
                leftSection={<IconCamera size={16} />}
                disabled={phase.kind === 'problem'}
                onClick={capture}
                data-testid="camera-capture"
              >
                {t('camera.capture')}
              </Button>
            )}
          </Group>
        </Group>
      </Stack>
    </Modal>
  );
}
