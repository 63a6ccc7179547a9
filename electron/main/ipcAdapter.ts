import { BrowserWindow, dialog } from 'electron';
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { channelNames, contract, type ChannelName, type Output } from '../../shared/contract';
import { fail, ok } from '../../shared/contract/result';
import { eventChannel, invokeChannel } from '../../shared/contract/transport';
import type { Core } from '../app/core';
import { isAllowedNavigation } from './security';

const SAVE_PDF = 'print.savePdf' satisfies ChannelName;

/**
 * Only Electron can turn the page on screen into a PDF, so the adapter finishes this one
 * channel once the router has authorised and audited the call.
 */
async function savePdf(sender: WebContents, raw: unknown): Promise<Output<typeof SAVE_PDF>> {
  const { fileName } = contract[SAVE_PDF].input.parse(raw);
  const pdf = await sender.printToPDF({ printBackground: true, pageSize: 'A4' });
  const owner = BrowserWindow.fromWebContents(sender);
  const options = { defaultPath: fileName, filters: [{ name: 'PDF', extensions: ['pdf'] }] };
  const choice = owner
    ? await dialog.showSaveDialog(owner, options)
    : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return { saved: false, fileName: null };
  await writeFile(choice.filePath, pdf);
  return { saved: true, fileName: basename(choice.filePath) };
}

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
    ipcMain.handle(invokeChannel(name), async (event, input: unknown) => {
      if (!trusted(event)) {
        return fail({ code: 'FORBIDDEN', message: 'Untrusted sender.', reason: 'ipc.sender' });
      }
      const result = core.dispatch(name, input, String(event.sender.id));
      if (name !== SAVE_PDF || !result.ok) return result;
      try {
        return ok(await savePdf(event.sender, input));
      } catch {
        return fail({
          code: 'INTERNAL',
          message: 'The PDF was not saved.',
          reason: 'print.failed',
        });
      }
    });
  }
  core.onEvent((clientId, event, payload) => {
    const target = contentsById(Number(clientId));
    if (target && !target.isDestroyed()) target.send(eventChannel(event), payload);
  });
}
