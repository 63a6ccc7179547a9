import { BrowserWindow, dialog } from 'electron';
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { channelNames, contract, type ChannelName, type Output } from '../../shared/contract';
import { fail, ok } from '../../shared/contract/result';
import { CONNECTION_CHANNEL, eventChannel, invokeChannel } from '../../shared/contract/transport';
import type { CoreHost } from '../app/coreHost';
import { isAllowedNavigation } from './security';

const SAVE_PDF = 'print.savePdf' satisfies ChannelName;

const MM_PER_INCH = 25.4;
/** Electron's default margins for A4; none on a badge card, whose layout keeps its own. */
export const PAPER = {
  a4: { pageSize: 'A4' },
  badge: {
    pageSize: { width: 86 / MM_PER_INCH, height: 54 / MM_PER_INCH },
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
  },
} as const;

/**
 * Only Electron can turn the page on screen into a PDF, so the adapter finishes this one
 * channel once the router has authorised and audited the call.
 */
async function savePdf(sender: WebContents, raw: unknown): Promise<Output<typeof SAVE_PDF>> {
  const { fileName, paper = 'a4' } = contract[SAVE_PDF].input.parse(raw);
  const pdf = await sender.printToPDF({ printBackground: true, ...PAPER[paper] });
  const owner = BrowserWindow.fromWebContents(sender);
  const options = { defaultPath: fileName, filters: [{ name: 'PDF', extensions: ['pdf'] }] };
  const choice = owner
    ? await dialog.showSaveDialog(owner, options)
    : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return { saved: false, fileName: null };
  await writeFile(choice.filePath, pdf);
  return { saved: true, fileName: basename(choice.filePath) };
}

/** What the relay needs of the db worker's host. */
export type CoreLink = Pick<CoreHost, 'dispatch' | 'onEvent' | 'onState'>;

export interface RelayTargets {
  appUrl(): string;
  contentsById(id: number): WebContents | undefined;
  /** Every window's contents, told when the db worker comes up or stops. */
  allContents(): WebContents[];
}

/**
 * The thin Electron relay: one handler per contract channel, awaiting the db worker. Only
 * the app's own top frame may call; everything else is the router's job.
 */
export function registerIpc(ipcMain: IpcMain, core: CoreLink, targets: RelayTargets): void {
  const { appUrl, contentsById } = targets;
  const trusted = (event: IpcMainInvokeEvent) => {
    const frame = event.senderFrame;
    return !!frame && frame.parent === null && isAllowedNavigation(frame.url, appUrl());
  };
  for (const name of channelNames) {
    ipcMain.handle(invokeChannel(name), async (event, input: unknown) => {
      if (!trusted(event)) {
        return fail({ code: 'FORBIDDEN', message: 'Untrusted sender.', reason: 'ipc.sender' });
      }
      const result = await core.dispatch(name, input, String(event.sender.id));
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
  core.onState((up) => {
    for (const contents of targets.allContents())
      if (!contents.isDestroyed()) contents.send(CONNECTION_CHANNEL, up);
  });
}
