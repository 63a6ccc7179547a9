import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_PHOTO_BYTES } from '../../../../shared/domain/clients';
import { en } from '../../../../shared/i18n/en';
import { useUiStore } from '../../app/uiStore';
import { fakeBridge, renderWithMantine } from '../../test/render';
import { captureSquare, dataUrlBytes } from './camera';
import { useCameraStore } from './cameraStore';
import { fail, ok, summary } from './fixtures';
import { MemberPhoto } from './MemberPhoto';
import { usePhotoStore } from './store';

const JPEG = 'data:image/jpeg;base64,/9j/4AAQSkZJRgABAQ==';

/** A webcam as getUserMedia hands it out: one video track whose stop() we can count. */
function fakeCamera(outcome: 'ok' | string = 'ok') {
  const stop = vi.fn();
  const stream = { getTracks: () => [{ stop, kind: 'video' }] } as unknown as MediaStream;
  const getUserMedia = vi.fn(() =>
    outcome === 'ok'
      ? Promise.resolve(stream)
      : Promise.reject(Object.assign(new Error(outcome), { name: outcome })),
  );
  Object.defineProperty(navigator, 'mediaDevices', {
    configurable: true,
    value: { getUserMedia },
  });
  return { stop, getUserMedia };
}

function renderCard(patch = {}) {
  return renderWithMantine(
    <>
      <input data-testid="tag-box" />
      <MemberPhoto client={summary(patch)} />
    </>,
  );
}

const live = () =>
  waitFor(() => expect(screen.getByTestId('camera-body').dataset.phase).toBe('live'));

/** Where the receptionist was, then the button (as a click or a Tab gives it focus). */
function openDialog() {
  const tag = screen.getByTestId('tag-box');
  tag.focus();
  const take = screen.getByTestId('member-photo-take');
  fireEvent.focus(take, { relatedTarget: tag });
  fireEvent.click(take);
}

beforeEach(() => {
  useUiStore.setState({ language: 'en' });
  usePhotoStore.setState({ photos: {} });
  useCameraStore.setState({ client: null, saving: false, error: null });
  vi.spyOn(HTMLVideoElement.prototype, 'videoWidth', 'get').mockReturnValue(1280);
  vi.spyOn(HTMLVideoElement.prototype, 'videoHeight', 'get').mockReturnValue(720);
  HTMLMediaElement.prototype.play = vi.fn(() => Promise.resolve());
  const ctx = { drawImage: vi.fn() };
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(ctx as never);
  vi.spyOn(HTMLCanvasElement.prototype, 'toDataURL').mockReturnValue(JPEG);
});
afterEach(() => vi.restoreAllMocks());

describe('Take photo at check-in', () => {
  it('video only; Space captures, Enter saves a JPEG through clients.setPhoto; tracks stop', async () => {
    const cam = fakeCamera();
    const calls = fakeBridge({ 'clients.setPhoto': ok({ hasPhoto: true }) });
    renderCard();
    expect(screen.getByTestId('member-photo-none')).toBeTruthy();
    openDialog();
    const capture = await screen.findByTestId('camera-capture');
    await live();
    expect(cam.getUserMedia).toHaveBeenCalledWith({
      video: { width: { ideal: 1280 }, height: { ideal: 720 } },
      audio: false,
    });
    await waitFor(() => expect(document.activeElement).toBe(capture));
    fireEvent.keyDown(screen.getByTestId('camera-video'), { key: ' ' });
    expect((await screen.findByTestId('camera-taken')).getAttribute('src')).toBe(JPEG);
    expect(cam.stop).not.toHaveBeenCalled();
    fireEvent.keyDown(screen.getByTestId('camera-taken'), { key: 'Enter' });
    await waitFor(() => expect(screen.queryByTestId('camera-video')).toBeNull());
    expect(calls).toEqual([
      { channel: 'clients.setPhoto', input: { id: 'c-zhang', dataUrl: JPEG } },
    ]);
    expect(cam.stop).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId('member-photo').getAttribute('src')).toBe(JPEG);
    expect(screen.getByTestId('member-photo-take').textContent).toBe('New photo');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('tag-box')));
  });

  it('Retake goes back to the live picture; Esc cancels, saves nothing and stops the camera', async () => {
    const cam = fakeCamera();
    const calls = fakeBridge({});
    renderCard();
    openDialog();
    const capture = await screen.findByTestId('camera-capture');
    await live();
    fireEvent.click(capture);
    fireEvent.click(await screen.findByTestId('camera-retake'));
    expect(screen.queryByTestId('camera-taken')).toBeNull();
    fireEvent.keyDown(screen.getByTestId('camera-video'), { key: 'Escape' });
    await waitFor(() => expect(screen.queryByTestId('camera-video')).toBeNull());
    expect(cam.stop).toHaveBeenCalledTimes(1);
    expect(calls).toEqual([]);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('tag-box')));
  });

  it.each([
    ['NotFoundError', 'noCamera', 'No camera was found on this PC'],
    ['NotAllowedError', 'denied', 'access was refused'],
    ['NotReadableError', 'busy', 'in use by another program'],
    ['TypeError', 'failed', 'could not be started'],
  ])('%s: says so in words, offers to try again, never crashes', async (name, problem, words) => {
    fakeCamera(name);
    fakeBridge({});
    renderCard();
    openDialog();
    const box = await screen.findByTestId('camera-problem');
    expect(box.dataset.problem).toBe(problem);
    expect(box.textContent).toContain(words);
    expect((screen.getByTestId('camera-capture') as HTMLButtonElement).disabled).toBe(true);
    const again = fakeCamera();
    fireEvent.click(screen.getByTestId('camera-retry'));
    await live();
    expect(again.getUserMedia).toHaveBeenCalledTimes(1);
  });

  it('closed while the camera is still starting: the late stream is stopped at once', async () => {
    let answer: (s: MediaStream) => void = () => {};
    const stop = vi.fn();
    Object.defineProperty(navigator, 'mediaDevices', {
      configurable: true,
      value: { getUserMedia: () => new Promise<MediaStream>((r) => (answer = r)) },
    });
    fakeBridge({});
    renderCard();
    openDialog();
    fireEvent.click(await screen.findByTestId('camera-cancel'));
    answer({ getTracks: () => [{ stop }] } as unknown as MediaStream);
    await waitFor(() => expect(stop).toHaveBeenCalledTimes(1));
  });

  it("main's refusal is shown in the dialog, which stays open", async () => {
    fakeCamera();
    fakeBridge({
      'clients.setPhoto': fail({ code: 'FORBIDDEN', message: 'x', reason: 'clients.restricted' }),
    });
    renderCard();
    openDialog();
    const capture = await screen.findByTestId('camera-capture');
    await live();
    fireEvent.click(capture);
    fireEvent.click(await screen.findByTestId('camera-save'));
    expect((await screen.findByTestId('error-alert')).textContent).toBe(
      en['errors.code.FORBIDDEN'],
    );
    expect(screen.getByTestId('camera-dialog')).toBeTruthy();
    expect(screen.queryByTestId('member-photo')).toBeNull();
  });

  it('a file this role may not change offers no Take photo', () => {
    fakeBridge({});
    renderCard({ restricted: true, secrecy: 'confidential' });
    expect(screen.queryByTestId('member-photo-take')).toBeNull();
  });
});

describe('captureSquare', () => {
  it('draws the centre square into 480 × 480 and keeps the JPEG under the limit', () => {
    const video = document.createElement('video');
    const big = `data:image/jpeg;base64,${'A'.repeat(Math.ceil((MAX_PHOTO_BYTES * 4) / 3) + 8)}`;
    const urls = vi
      .spyOn(HTMLCanvasElement.prototype, 'toDataURL')
      .mockReturnValueOnce(big)
      .mockReturnValueOnce(JPEG);
    expect(captureSquare(video)).toEqual({ dataUrl: JPEG });
    expect(urls.mock.calls.map((c) => c[0])).toEqual(['image/jpeg', 'image/jpeg']);
    const ctx = (
      HTMLCanvasElement.prototype.getContext as unknown as {
        mock: { results: { value: { drawImage: { mock: { calls: unknown[][] } } } }[] };
      }
    ).mock.results.at(-1)!.value;
    expect(ctx.drawImage.mock.calls[0]!.slice(1)).toEqual([280, 0, 720, 720, 0, 0, 480, 480]);
    urls.mockReturnValue(big);
    expect(captureSquare(video)).toEqual({ problem: 'tooLarge' });
    urls.mockReturnValue('data:image/png;base64,AAAA');
    expect(captureSquare(video)).toEqual({ problem: 'failed' });
    expect(dataUrlBytes(JPEG)).toBe(13);
  });
});
