/** The part of Faye's Node client (faye, no bundled types) the interoperability self-test uses. */
declare module 'faye' {
  interface Thenable {
    then(onFulfilled: () => void, onRejected?: (error: unknown) => void): unknown;
  }
  export class Client {
    constructor(endpoint: string, options?: { timeout?: number; retry?: number });
    setHeader(name: string, value: string): void;
    disable(feature: string): void;
    subscribe(channel: string, callback: (message: unknown) => void): Thenable;
    disconnect(): Thenable | undefined;
  }
}
