/**
 * Faye's Node client (faye), a Bayeux implementation of its own beside the official CometD client:
 * long-polling only, Basic credentials on every request, its own (tough-cookie) cookie jar.
 */
import { Client } from 'faye';
import type { Received } from './helpers';

export class FayeNotifications {
  readonly received: Received[] = [];
  private readonly client: Client;

  constructor(base: string, headers: Record<string, string>) {
    this.client = new Client(`${base}/api/v2/notifications`, { timeout: 30, retry: 1 });
    this.client.disable('websocket');
    for (const [name, value] of Object.entries(headers)) this.client.setHeader(name, value);
  }

  /** Handshakes and subscribes (Faye does both on subscribe), within `timeoutMs`. */
  subscribe(topic = '/v2/me/*', timeoutMs = 5000): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`faye subscribe timed out after ${timeoutMs} ms`)),
        timeoutMs,
      );
      const done = (error?: unknown) => {
        clearTimeout(timer);
        error === undefined ? resolve() : reject(error);
      };
      this.client
        .subscribe(topic, (data) => this.received.push({ channel: topic, data, at: Date.now() }))
        .then(
          () => done(),
          (e) => done(e ?? new Error('faye subscribe refused')),
        );
    });
  }

  async stop(): Promise<void> {
    await Promise.race([
      new Promise<void>((resolve) => {
        const pending = this.client.disconnect();
        if (pending)
          pending.then(
            () => resolve(),
            () => resolve(),
          );
        else resolve();
      }),
      new Promise<void>((resolve) => setTimeout(resolve, 2000)),
    ]);
  }
}
