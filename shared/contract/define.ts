import type { z } from 'zod';
import type { Role } from '../domain/roles';

/**
 * One entry of the IPC contract. `Out` is a phantom type: results are produced by main
 * and trusted by the renderer, so only inputs are parsed at runtime.
 */
export interface ChannelDef<In extends z.ZodType = z.ZodType, Out = unknown> {
  input: In;
  /** 'public' needs no session (first-run setup, login); otherwise the roles allowed. */
  roles: 'public' | readonly Role[];
  /** Writes an audit row in the same transaction (every mutation, every sensitive read). */
  audit: boolean;
  /** Works on a locked screen (unlock, logout, switch user). */
  whenLocked?: boolean;
  /** Works while the account must still replace a PIN an admin reset. */
  whenPinMustChange?: boolean;
  /** Runs before the vault is open (setup, recovery, status). */
  withoutVault?: boolean;
  /** A hall display station may call it (every other channel refuses a display). */
  display?: boolean;
  readonly __out?: Out;
}

/** `channel<Out>()({...})` fixes the result type while inferring the input schema. */
export function channel<Out>() {
  return <In extends z.ZodType>(def: Omit<ChannelDef<In, Out>, '__out'>): ChannelDef<In, Out> =>
    def as ChannelDef<In, Out>;
}
