import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { channelNames } from '../../shared/contract';
import { fail } from '../../shared/contract/result';
import { eventChannel, invokeChannel } from '../../shared/contract/transport';
import type { Core } from '../app/core';
import { isAllowedNavigation } from './security';

/**
 * The thin Electron transport: one handler per contract channel. Only the app's own top
 * frame may call; everything else is the router's job.
 */
export function registerIpc(
  ipcMain: IpcMain,
  core: Core,
  appUrl: () => string,
  contentsById: (id: number) => WebContents | undefined,
): void {
  const trusted = (event: IpcMainInvokeEvent) => {
    const frame = event.senderFrame;
    return !!frame && frame.parent === null && isAllowedNavigation(frame.url, appUrl());
  };
  for (const name of channelNames) {
    ipcMain.handle(invokeChannel(name), (event, input: unknown) => {
      if (!trusted(event)) {
        return fail({ code: 'FORBIDDEN', message: 'Untrusted sender.', reason: 'ipc.sender' });
      }
      return core.dispatch(name, input, String(event.sender.id));
    });
  }
  core.onEvent((clientId, event, payload) => {
    const target = contentsById(Number(clientId));
    if (target && !target.isDestroyed()) target.send(eventChannel(event), payload);
  });
}
