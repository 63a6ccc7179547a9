import { contextBridge, ipcRenderer } from 'electron';
import {
  CONNECTION_CHANNEL,
  eventChannel,
  invokeChannel,
  type DeskbookBridge,
} from '../../shared/contract/transport';

// Contract names look like "staff.create" or "shiftLog.add"; nothing else reaches ipcRenderer.
const NAME = /^[a-z][a-zA-Z]*\.[a-zA-Z]+$/;
// Events are contract names too; a live view's event is its read channel's, "view:desk.tagsOut".
const EVENT = /^(view:)?[a-z][a-zA-Z]*\.[a-zA-Z]+$/;

const bridge: DeskbookBridge = Object.freeze({
  invoke(channel: string, input: unknown) {
    if (typeof channel !== 'string' || !NAME.test(channel))
      return Promise.reject(new Error('Unknown channel'));
    return ipcRenderer.invoke(invokeChannel(channel), input);
  },
  on(event: string, listener: (payload: unknown) => void) {
    if (typeof event !== 'string' || !EVENT.test(event)) throw new Error('Unknown event');
    const channel = eventChannel(event);
    const handler = (_e: unknown, payload: unknown) => listener(payload);
    ipcRenderer.on(channel, handler);
    return () => {
      ipcRenderer.removeListener(channel, handler);
    };
  },
  onConnection(listener: (up: boolean) => void) {
    const handler = (_e: unknown, up: unknown) => listener(up === true);
    ipcRenderer.on(CONNECTION_CHANNEL, handler);
    return () => {
      ipcRenderer.removeListener(CONNECTION_CHANNEL, handler);
    };
  },
});

contextBridge.exposeInMainWorld('deskbook', bridge);
