/** Request bodies with a size limit, JSON parsing that never throws, and response writers. */
import type { IncomingMessage, ServerResponse } from 'node:http';

export type Body = { kind: 'empty' } | { kind: 'text'; text: string } | { kind: 'too-large' };

/**
 * Reads the whole body, keeping at most `limit` bytes. A larger body is drained and discarded (so
 * the client can read the answer instead of seeing a reset) and reported as too large.
 */
export function readBody(request: IncomingMessage, limit: number): Promise<Body> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        tooLarge = true;
        chunks.length = 0;
      } else chunks.push(chunk);
    });
    request.on('end', () => {
      if (tooLarge) resolve({ kind: 'too-large' });
      else if (size === 0) resolve({ kind: 'empty' });
      else resolve({ kind: 'text', text: Buffer.concat(chunks).toString('utf8') });
    });
    // An aborted upload: nothing will be answered, but the promise must settle.
    request.on('error', () => resolve({ kind: 'too-large' }));
  });
}

export type Parsed = { ok: true; value: unknown } | { ok: false };

export function parseJson(text: string): Parsed {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string | string[]> = {},
): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    ...headers,
    'Content-Type': 'application/json;charset=UTF-8',
    'Content-Length': Buffer.byteLength(text),
  });
  response.end(text);
}

export function sendText(
  response: ServerResponse,
  status: number,
  text: string,
  headers: Record<string, string | string[]> = {},
): void {
  response.writeHead(status, {
    ...headers,
    'Content-Type': 'text/plain;charset=UTF-8',
    'Content-Length': Buffer.byteLength(text),
  });
  response.end(text);
}

export function sendEmpty(response: ServerResponse, status: number): void {
  response.writeHead(status).end();
}
