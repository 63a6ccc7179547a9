import { Box, Button, Group, Text } from '@mantine/core';
import { IconEraser } from '@tabler/icons-react';
import { useRef, type PointerEvent } from 'react';
import { useT } from '../../app/i18n';

const WIDTH = 560;
const HEIGHT = 180;

/**
 * A drawn signature: pointer events on a canvas (mouse, pen or finger). After each stroke
 * it hands out the picture as a PNG data URL; Clear hands out null.
 */
export function SignaturePad({ onChange }: { onChange: (dataUrl: string | null) => void }) {
  const t = useT();
  const canvas = useRef<HTMLCanvasElement>(null);
  const drawing = useRef(false);
  const inked = useRef(false);

  const context = () => {
    const ctx = canvas.current?.getContext('2d') ?? null;
    if (ctx) {
      ctx.lineWidth = 2.5;
      ctx.lineCap = 'round';
      ctx.lineJoin = 'round';
      ctx.strokeStyle = '#111';
    }
    return ctx;
  };

  const point = (e: PointerEvent<HTMLCanvasElement>) => {
    const rect = e.currentTarget.getBoundingClientRect();
    const sx = rect.width ? WIDTH / rect.width : 1;
    const sy = rect.height ? HEIGHT / rect.height : 1;
    return { x: (e.clientX - rect.left) * sx, y: (e.clientY - rect.top) * sy };
  };

  const down = (e: PointerEvent<HTMLCanvasElement>) => {
    const ctx = context();
    if (!ctx) return;
    e.currentTarget.setPointerCapture?.(e.pointerId);
    drawing.current = true;
    const { x, y } = point(e);
    ctx.beginPath();
    ctx.moveTo(x, y);
  };
  const move = (e: PointerEvent<HTMLCanvasElement>) => {
    if (!drawing.current) return;
    const ctx = context();
    if (!ctx) return;
    const { x, y } = point(e);
    ctx.lineTo(x, y);
    ctx.stroke();
    inked.current = true;
  };
  const up = () => {
    if (!drawing.current) return;
    drawing.current = false;
    if (inked.current) onChange(canvas.current!.toDataURL('image/png'));
  };
  const clear = () => {
    context()?.clearRect(0, 0, WIDTH, HEIGHT);
    inked.current = false;
    drawing.current = false;
    onChange(null);
  };

  return (
    <Box>
      <Text size="sm" fw={500} mb={4}>
        {t('waiver.signHere')}
      </Text>
      <canvas
        ref={canvas}
        width={WIDTH}
        height={HEIGHT}
        onPointerDown={down}
        onPointerMove={move}
        onPointerUp={up}
        onPointerLeave={up}
        onPointerCancel={up}
        data-testid="signature-pad"
        style={{
          width: '100%',
          maxWidth: WIDTH,
          height: 'auto',
          aspectRatio: `${WIDTH} / ${HEIGHT}`,
          border: '1px dashed var(--mantine-color-gray-5)',
          borderRadius: 8,
          background: '#fff',
          touchAction: 'none',
          cursor: 'crosshair',
        }}
      />
      <Group mt={4}>
        <Button
          size="xs"
          variant="default"
          leftSection={<IconEraser size={14} />}
          onClick={clear}
          data-testid="signature-clear"
        >
          {t('waiver.clear')}
        </Button>
      </Group>
    </Box>
  );
}
