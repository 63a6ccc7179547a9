import { z } from 'zod';
import { PIN_MAX, PIN_MIN } from '../domain/pin';
import { ROLES } from '../domain/roles';

export const idField = z.string().min(1).max(64);
export const usernameField = z
  .string()
  .trim()
  .min(2)
  .max(32)
  .regex(/^[\p{L}\p{N}._-]+$/u, 'letters, digits, dot, dash or underscore');
export const displayNameField = z.string().trim().min(1).max(60);
export const pinField = z.string().min(PIN_MIN).max(PIN_MAX);
export const roleField = z.enum(ROLES);
export const languageField = z.enum(['zh-CN', 'en']);
export const colorSchemeField = z.enum(['light', 'dark', 'auto']);
export const siteNameField = z.string().trim().min(1).max(80);
export const idleLockMinutesField = z.number().int().min(1).max(120);
export const timestampField = z.number().int().min(0).max(8.64e15);
export const noInput = z.strictObject({}).optional();
