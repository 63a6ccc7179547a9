import { z } from 'zod';
import { ALL_ROLES, OVERSIGHT_ROLES } from '../../domain/roles';
import type { WaiverSignature, WaiverSigned, WaiverStatus, WaiverText } from '../waiverViews';
import { channel } from '../define';
import { displayNameField, idField, noInput } from '../fields';

export const waiverChannels = {
  /** The active waiver text (免责协议及健康声明), or the built-in default as version 0. */
  'waivers.text': channel<WaiverText>()({ input: noInput, roles: ALL_ROLES, audit: false }),
  /** A new version of the text, active at once: everyone signs again. */
  'waivers.setText': channel<WaiverText>()({
    input: z.strictObject({
      title: z.string().trim().min(1).max(80),
      body: z.string().trim().min(1).max(10_000),
    }),
    roles: OVERSIGHT_ROLES,
    audit: true,
  }),
  /** A member signs the active text on screen; the signature is a PNG data URL. */
  'waivers.sign': channel<WaiverSigned>()({
    input: z.strictObject({
      clientId: idField,
      signerName: displayNameField,
      // Sized in main after decoding; this only bounds the payload.
      signatureDataUrl: z.string().min(1).max(1_000_000),
    }),
    roles: ALL_ROLES,
    audit: true,
  }),
  'waivers.status': channel<WaiverStatus>()({
    input: z.strictObject({ clientId: idField }),
    roles: ALL_ROLES,
    audit: false,
  }),
  /** The drawn signature itself: a sensitive read, on the audit record. */
  'waivers.signature': channel<WaiverSignature>()({
    input: z.strictObject({ waiverId: idField }),
    roles: OVERSIGHT_ROLES,
    audit: true,
  }),
};
