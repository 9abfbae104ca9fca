/**
 * One HTTP request with hard limits: a deadline for the whole exchange and a cap on the body read,
 * so a target that never answers or sends 50 MB cannot hang or swamp the run.
 */
import http from 'node:http';
import https from 'node:https';
import zlib from 'node:zlib';

export interface WireRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body?: string;
  timeoutMs: number;
  insecure?: boolean;
  /** Bytes of body kept; past them the socket is cut and the response reported as truncated. */
  maxBodyBytes?: number;
}

export interface WireResponse {
  status: number;
  headers: Record<string, string>;
  setCookies: string[];
  body: string;
  size: number;
  truncated: boolean;
  /** The content-encoding the target used (gzip, deflate, br), when the body was inflated. */
  encoding?: string;
  /** Why an encoded body could not be read (too large once inflated, or not valid). */
  decodeError?: string;
}

export const DEFAULT_MAX_BODY = 4 * 1024 * 1024;

export class WireError extends Error {}

/** Resolves with the response or rejects with a WireError whose message is one readable line. */
export function send(req: WireRequest, signal?: AbortSignal): Promise<WireResponse> {
  const url = new URL(req.url);
  const lib = url.protocol === 'https:' ? https : http;
  const max = req.maxBodyBytes ?? DEFAULT_MAX_BODY;
  return new Promise((resolve, reject) => {
    let settled = false;
    const fail = (message: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      request.destroy();
      reject(new WireError(message));
    };
    const headers: Record<string, string> = { ...req.headers };
    if (req.body !== undefined) headers['content-length'] = String(Buffer.byteLength(req.body));
    const request = lib.request(
      url,
      { method: req.method, headers, rejectUnauthorized: !req.insecure, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        let kept = 0;
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (kept < max) {
            const part = chunk.subarray(0, max - kept);
            chunks.push(part);
            kept += part.length;
          } else {
            // No keep-alive (agent: false): draining would only spend the deadline on bytes thrown away.
            finish(true);
          }
        });
        res.on('end', () => finish(size > kept));
        res.on('error', (e) => fail(`response broken: ${e.message}`));
        function finish(truncated: boolean) {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          if (truncated) request.destroy();
          const headers = flatHeaders(res.headers);
          resolve({
            status: res.statusCode ?? 0,
            headers,
            setCookies: res.headers['set-cookie'] ?? [],
            size,
            truncated,
            ...decode(Buffer.concat(chunks), headers['content-encoding'], max),
          });
        }
      },
    );
    const timer = setTimeout(() => fail(`no complete answer within ${req.timeoutMs} ms`), req.timeoutMs);
    request.on('error', (e: NodeJS.ErrnoException) => fail(describeError(e, url)));
    signal?.addEventListener('abort', () => fail('aborted'), { once: true });
    request.end(req.body);
  });
}

const INFLATE: Record<string, (b: Buffer, o: zlib.ZlibOptions) => Buffer> = {
  gzip: zlib.gunzipSync,
  'x-gzip': zlib.gunzipSync,
  deflate: zlib.inflateSync,
  br: zlib.brotliDecompressSync,
};

/** The body as text; an encoded one inflated, but never past the read cap (a zip bomb stays small). */
function decode(
  raw: Buffer,
  encoding: string | undefined,
  max: number,
): { body: string; encoding?: string; decodeError?: string } {
  const name = encoding?.trim().toLowerCase();
  if (!name || name === 'identity') return { body: raw.toString('utf8') };
  const inflate = INFLATE[name];
  if (!inflate)
    return { body: '', encoding: name, decodeError: `content-encoding ${name} is not one the suite reads` };
  try {
    return { body: inflate(raw, { maxOutputLength: max }).toString('utf8'), encoding: name };
  } catch (e) {
    const tooBig = (e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE';
    const why = tooBig
      ? `inflates to more than the read limit of ${max} bytes`
      : `could not be inflated (${(e as Error).message})`;
    return { body: '', encoding: name, decodeError: `the ${raw.length}-byte ${name} body ${why}` };
  }
}

function flatHeaders(h: http.IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(h)) if (v !== undefined) out[k] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

function describeError(e: NodeJS.ErrnoException, url: URL): string {
  const where = `${url.hostname}:${url.port || (url.protocol === 'https:' ? 443 : 80)}`;
  switch (e.code) {
    case 'ECONNREFUSED':
      return `connection refused by ${where}`;
    case 'ECONNRESET':
      return `connection reset by ${where}`;
    case 'ENOTFOUND':
      return `host not found: ${url.hostname}`;
    default:
      return `${e.code ?? 'error'}: ${e.message}`;
  }
}
