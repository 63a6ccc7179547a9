import type { ChannelName, Output, ParsedInput } from '../../shared/contract';
import type { vaultChannels } from '../../shared/contract/channels/vault';
import type { ServiceContext, VaultContext } from './context';
import type { Denied } from './errors';

/** The channels with `withoutVault` (the router sends them to these handlers). */
type VaultChannel =
  keyof typeof vaultChannels | 'station.status' | 'station.join' | 'station.forget';
type SessionChannel = Exclude<ChannelName, VaultChannel>;

/** A service answers with data, returns `Denied` to refuse but keep its writes, or throws AppError. */
export type Handler<C extends ChannelName> = (
  ctx: ServiceContext,
  input: ParsedInput<C>,
) => Output<C> | Denied;
export type Handlers = { [C in SessionChannel]: Handler<C> };
export type VaultHandlers = {
  [C in VaultChannel]: (ctx: VaultContext, input: ParsedInput<C>) => Output<C>;
};
