/**
 * Where things are in a JSON text: the offset of a syntax error (Node 20's JSON.parse does not
 * always say) and the offset of each value down to a given depth, so a bad entry in a user's file
 * can be named by its line.
 */
export interface JsonLocation {
  /** Offset and reason of the first syntax error, if any. */
  error?: { offset: number; message: string };
  /** JSON pointer -> offset of the value's first character (values up to `depth` levels deep). */
  offsets: Map<string, number>;
}

export function locateJson(text: string, depth = 2): JsonLocation {
  const offsets = new Map<string, number>();
  let i = 0;
  const fail = (message: string): never => {
    throw new LocateError(i, message);
  };
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const expect = (ch: string) => {
    if (text[i] !== ch) fail(text[i] === undefined ? `expected '${ch}' before the end` : `expected '${ch}'`);
    i++;
  };
  const str = () => {
    expect('"');
    while (text[i] !== '"') {
      if (i >= text.length) fail('unterminated string');
      if (text[i] === '\\') {
        const esc = /^(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/.exec(text.slice(i + 1, i + 6));
        if (!esc) fail('bad escape in string');
        i += esc![0].length;
      } else if (text.charCodeAt(i) < 0x20) fail('control character in string');
      i++;
    }
    i++;
  };
  const members = (close: string, member: (n: number) => void) => {
    i++;
    ws();
    if (text[i] === close) {
      i++;
      return;
    }
    for (let n = 0; ; n++) {
      member(n);
      ws();
      if (text[i] !== ',') break;
      i++;
    }
    expect(close);
  };
  const value = (pointer: string, level: number): void => {
    ws();
    if (level <= depth) offsets.set(pointer, i);
    const ch = text[i];
    if (ch === '{') {
      members('}', () => {
        ws();
        const keyStart = i;
        str();
        const key = JSON.parse(text.slice(keyStart, i)) as string;
        ws();
        expect(':');
        value(`${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`, level + 1);
      });
    } else if (ch === '[') {
      members(']', (n) => value(`${pointer}/${n}`, level + 1));
    } else if (ch === '"') {
      str();
    } else {
      const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(
        text.slice(i, i + 400),
      );
      if (!literal) fail(ch === undefined ? 'unexpected end of input' : `unexpected character '${ch}'`);
      i += literal![0].length;
    }
  };
  try {
    value('', 0);
    ws();
    if (i < text.length) fail('unexpected text after the JSON value');
    return { offsets };
  } catch (e) {
    if (e instanceof LocateError) return { offsets, error: { offset: e.offset, message: e.message } };
    throw e;
  }
}

class LocateError extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

/** 1-based line of an offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let k = 0; k < offset && k < text.length; k++) if (text.charCodeAt(k) === 10) line++;
  return line;
}
