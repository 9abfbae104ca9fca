// LongPollingTransport is exported at run time by cometd but missing from its cometd.d.ts.
import 'cometd';

declare module 'cometd' {
  interface XhrPacket {
    url: string;
    headers?: Record<string, string>;
    body: string;
    onSuccess(text: string): void;
    onError(reason: string, exception?: unknown): void;
  }
  interface XhrLike {
    readyState: number;
    status: number;
    abort(): void;
  }
  export class LongPollingTransport implements Transport {
    readonly type: string;
    readonly url: string;
    accept(version: string, crossDomain: boolean, url: string): boolean;
    abort(): void;
    xhrSend(packet: XhrPacket): XhrLike;
  }
}
