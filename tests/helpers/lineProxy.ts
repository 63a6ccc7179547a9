import { createConnection, createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

/**
 * A TCP relay between a station and the vault PC that a test can cut, as a pulled network
 * cable would: open connections die and new ones are dropped until it is restored. TLS
 * passes through untouched, so the pinning and client certificates are the real ones.
 */
export class LineProxy {
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();
  private cutOff = false;
  private muted = false;

  constructor(
    private readonly targetPort: number,
    private readonly targetHost = '127.0.0.1',
  ) {}

  /** Listens on a free loopback port and returns it. */
  async start(): Promise<number> {
    const server = createServer((inbound) => this.relay(inbound));
    this.server = server;
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    return (server.address() as AddressInfo).port;
  }

  /** Every open connection dies now; new ones are dropped until restore(). */
  cut(): void {
    this.cutOff = true;
    for (const s of this.sockets) s.destroy();
    this.sockets.clear();
  }

  /**
   * From now on the vault PC's answers are lost on the way while the station's calls still
   * arrive: a call made now is applied, and its answer never comes (until the line is cut).
   */
  muteReplies(): void {
    this.muted = true;
  }

  restore(): void {
    this.cutOff = false;
    this.muted = false;
  }

  get isCut(): boolean {
    return this.cutOff;
  }

  async close(): Promise<void> {
    this.cut();
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((ok) => server.close(() => ok()));
  }

  private relay(inbound: Socket): void {
    if (this.cutOff) {
      inbound.destroy();
      return;
    }
    const outbound = createConnection(this.targetPort, this.targetHost);
    for (const s of [inbound, outbound]) {
      this.sockets.add(s);
      s.on('error', () => undefined);
      s.on('close', () => {
        this.sockets.delete(s);
        inbound.destroy();
        outbound.destroy();
      });
    }
    inbound.pipe(outbound);
    outbound.on('data', (chunk: Buffer) => {
      if (!this.muted) inbound.write(chunk);
    });
  }
}
