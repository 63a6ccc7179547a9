import { z } from 'zod';
import { RECEPTION_DESK } from '../../domain/rotation';
import { dayField, phoneField } from '../clientFields';
import { channel } from '../define';
import { idField, noInput } from '../fields';
import type { QueueDayCounts, QueueList, QueueTicketView } from '../queueViews';

const optionalText = (max: number) => z.string().trim().min(1).max(max).optional();
const ticketInput = z.strictObject({ ticketId: idField });

export const queueChannels = {
  /** 取号 / 登记等候: every field optional, the number is the day's next. */
  'queue.take': channel<QueueTicketView>()({
    input: z
      .strictObject({
        name: optionalText(60),
        phone: phoneField.optional(),
        purpose: optionalText(200),
      })
      .optional(),
    roles: RECEPTION_DESK,
    audit: true,
  }),
  /** Waiting and called tickets, oldest first, with levels computed in main. */
  'queue.list': channel<QueueList>()({
    input: noInput,
    roles: RECEPTION_DESK,
    audit: false,
  }),
  /** 叫号: the ticket given, or the oldest waiting one (CONFLICT queue.empty when none). */
  'queue.call': channel<QueueTicketView>()({
    input: z.strictObject({ ticketId: idField.optional(), counter: optionalText(20) }).optional(),
    roles: RECEPTION_DESK,
    audit: true,
  }),
  'queue.serve': channel<QueueTicketView>()({
    input: ticketInput,
    roles: RECEPTION_DESK,
    audit: true,
  }),
  /** The person went away without being served. */
  'queue.left': channel<QueueTicketView>()({
    input: ticketInput,
    roles: RECEPTION_DESK,
    audit: true,
  }),
  'queue.dayCounts': channel<QueueDayCounts>()({
    input: z.strictObject({ businessDate: dayField.optional() }).optional(),
    roles: RECEPTION_DESK,
    audit: false,
  }),
};
