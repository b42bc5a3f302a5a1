import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';

/** A real Hocuspocus client in Node, for tests and the benchmark. */
export interface TestClient {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  /** Resolves once the first sync with the server is done. */
  synced: Promise<void>;
  /** The reason, once the server refused this client. */
  refusal: Promise<string>;
  /** Stateless messages received (JSON text). */
  stateless: string[];
  /** Read-only as the server said when it authenticated this client. */
  scope(): string | undefined;
  close(): void;
}

/**
 * `ws` with an error listener always attached. Closing a socket that is still connecting (a client
 * closed while it reconnects to a restarted server) makes `ws` emit an error on the next tick, when
 * the provider no longer listens; with no listener Node treats it as an uncaught exception.
 */
class QuietWebSocket extends WebSocket {
  constructor(...args: ConstructorParameters<typeof WebSocket>) {
    super(...args);
    this.on('error', () => undefined);
  }
}

export function connectClient(options: { url: string; name: string; token?: string; doc?: Y.Doc }): TestClient {
  const doc = options.doc ?? new Y.Doc();
  const socket = new HocuspocusProviderWebsocket({
    url: options.url,
    WebSocketPolyfill: QuietWebSocket,
    delay: 100,
    minDelay: 100,
    maxDelay: 500,
    messageReconnectTimeout: 60_000,
  });
  const stateless: string[] = [];
  let scope: string | undefined;
  let resolveSynced: () => void = () => undefined;
  let resolveRefusal: (reason: string) => void = () => undefined;
  const synced = new Promise<void>((resolve) => (resolveSynced = resolve));
  const refusal = new Promise<string>((resolve) => (resolveRefusal = resolve));
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: options.name,
    document: doc,
    token: options.token ?? 'open',
    onSynced: () => resolveSynced(),
    onAuthenticated: (data) => (scope = data.scope),
    onAuthenticationFailed: (data) => resolveRefusal(data.reason),
    onStateless: (data) => stateless.push(data.payload),
  });
  provider.attach();
  return {
    doc,
    provider,
    synced,
    refusal,
    stateless,
    scope: () => scope,
    close() {
      provider.destroy();
      socket.destroy();
    },
  };
}

/** Waits until `check` holds, polling; fails with `what` after `timeoutMs`. */
export async function waitUntil(check: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting until ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
