import { z } from 'zod';
import { ALL_ROLES } from '../../domain/roles';
import type { CallBackView, MyCallBacks } from '../callBackViews';
import { channel } from '../define';
import { idField, noInput } from '../fields';

export const callBackChannels = {
  /** 我的回电: calls passed to me or left for me, open first; any staff member can be given one. */
  'calls.mine': channel<MyCallBacks>()({
    input: noInput,
    roles: ALL_ROLES,
    audit: false,
  }),
  /** Says the caller was called back; only the person it was for (or oversight) may. */
  'calls.calledBack': channel<CallBackView>()({
    input: z.strictObject({
      callId: idField,
      note: z.string().trim().max(500).optional(),
    }),
    roles: ALL_ROLES,
    audit: true,
  }),
};
