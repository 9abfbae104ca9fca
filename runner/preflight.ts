/**
 * Before anything is driven: is the target there at all? One bounded GET, so an unreachable target
 * ends the run in about one timeout with exit 2 and a reason, not one timeout per check.
 */
import { send } from '../src/target/wire';

export async function preflight(
  target: string,
  timeoutMs: number,
  insecure: boolean,
): Promise<string | undefined> {
  try {
    await send({
      url: `${target}/api/v2/me`,
      method: 'GET',
      headers: { accept: 'application/json' },
      timeoutMs,
      insecure,
      maxBodyBytes: 4096,
    });
    return undefined;
  } catch (e) {
    return `target unreachable: ${(e as Error).message} (${target})`;
  }
}
