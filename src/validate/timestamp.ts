/**
 * The timestamp forms GWS documentation shows (MSG-6): the seed form yyyy-MM-ddTHH:mm:ss.SSS±hhmm,
 * the same with a space instead of T, and RFC 3339 (an offset with a colon, or `Z`). Telling them
 * apart lets MSG-6 pass the seed form and warn on the others; a string in none of them is
 * `invalid` (also a MSG-6 warn: no schema rejects it).
 */
export type TimestampForm = 'gws' | 'space' | 'rfc3339' | 'utc' | 'invalid';

const DATE = String.raw`(\d{4})-(\d{2})-(\d{2})`;
const TIME = String.raw`(\d{2}):(\d{2}):(\d{2})`;
const GWS = new RegExp(String.raw`^${DATE}([T ])${TIME}\.\d{3}[+-](\d{2})(\d{2})$`);
const RFC3339 = new RegExp(String.raw`^${DATE}[Tt ]${TIME}(?:\.\d{1,9})?(?:[Zz]|[+-](\d{2}):(\d{2}))$`);

export function timestampForm(value: string): TimestampForm {
  const gws = GWS.exec(value);
  if (gws) {
    const [, y, mo, d, sep, h, mi, s, oh, om] = gws;
    if (!inRange(y, mo, d, h, mi, s, oh, om)) return 'invalid';
    return sep === 'T' ? 'gws' : 'space';
  }
  const rfc = RFC3339.exec(value);
  if (rfc) {
    const [, y, mo, d, h, mi, s, oh = '00', om = '00'] = rfc;
    if (!inRange(y, mo, d, h, mi, s, oh, om)) return 'invalid';
    return rfc[8] === undefined ? 'utc' : 'rfc3339';
  }
  return 'invalid';
}

/** Calendar and clock ranges: month 13, 30 February, hour 24 or an offset of +2400 are invalid. */
function inRange(
  y: string,
  mo: string,
  d: string,
  h: string,
  mi: string,
  s: string,
  oh: string,
  om: string,
): boolean {
  const month = +mo;
  const day = +d;
  return (
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(+y, month) &&
    +h <= 23 &&
    +mi <= 59 &&
    +s <= 59 &&
    +oh <= 23 &&
    +om <= 59
  );
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : DAYS[month - 1];
}
