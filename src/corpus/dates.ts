// Dates as pages and articles write them: ISO timestamps, the written forms of news pages ("Dec. 29, 2014,
// 3:02 PM", "Mon Aug 03 12:45:00 EDT 2015", "19.01.2020"), compact ones ("20160919") and the date in an
// article's address ("/2016/12/19/", "/2009/oct/14/", "-20161213-story"). Written without the machine's
// time zone, so a date reads the same everywhere; placeholders (0001-01-01, the Unix epoch) are refused.

/** A calendar date, and what is known of the moment it stands for. */
export interface ParsedDate {
  /** YYYY-MM-DD, as written (in the writer's own time zone, where it says one). */
  date: string;
  /** The hour written with it (0–23), or null. */
  hour: number | null;
  /** utc: a moment given in UTC ("Z", "+00:00", "GMT"); local: in a zone of its own, or a wall-clock time
   * as the publisher writes it; none: a date alone. */
  zone: 'utc' | 'local' | 'none';
}

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\\.?';

const ISO =
  /(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*(Z|[+-]\d{1,2}(?::?\d{2})?)?)?/i;
/** "2016 12 12 14:00:00", "2016/12/22". */
const YMD = /(?<!\d)(\d{4})[/ ](\d{1,2})[/ ](\d{1,2})(?!\d)/;
const COMPACT = /^\s*(\d{4})(\d{2})(\d{2})(?:\s|T|$)/;
const DAY_MONTH = new RegExp(`(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})`, 'i');
const MONTH_DAY = new RegExp(
  `\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)[,\\s]+(?:([^,\\d]{0,4}\\d{1,2}:\\d{2}(?::\\d{2})?\\s*\\S{0,5}\\s+))?(\\d{4})`,
  'i',
);
/** "19.01.2020": day, month, year, as Europe writes it. */
const DOTTED = /(?<!\d)(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)/;
const SLASHED = /(?<!\d)(\d{1,2})\/(\d{1,2})\/(\d{4})(?!\d)/;
const TIME = /(?<!\d)(\d{1,2}):(\d{2})(?::\d{2})?\s*([ap])?\.?m?\.?/i;
const UTC_WORDS = /\b(?:UTC|GMT|Z)\b(?![+-]\d*[1-9])|[+-]00:?00\b/;

/** Days that stand for no date: year one, the Unix epoch (also seen a day early, west of Greenwich), 1900. */
const PLACEHOLDERS = new Set(['1970-01-01', '1969-12-31', '1900-01-01', '1899-12-31', '1899-12-30']);
/** Printed news is younger than this; earlier years are a CMS's empty value ("0001-01-01"). */
const FIRST_YEAR = 1600;

/** The date of a written date or timestamp, or null when it holds none (or a placeholder). */
export function parseDate(raw: string | null | undefined, now = Date.now()): ParsedDate | null {
  if (!raw) return null;
  const s = raw.trim();
  const m = ISO.exec(s);
  if (m) {
    const hour = m[4] ? Number(m[4]) : null;
    // A timestamp without a zone is a server's clock, most often UTC: it is read as that, not as local.
    const zone = !m[6] || /^(?:z|[+-]0{1,2}(?::?00)?)$/i.test(m[6]) ? 'utc' : 'local';
    return make(+m[1]!, +m[2]!, +m[3]!, hour, zone, now);
  }
  const written: [RegExp, (m: RegExpExecArray) => ParsedDate | null][] = [
    [COMPACT, (m) => make(+m[1]!, +m[2]!, +m[3]!, null, 'none', now)],
    [YMD, (m) => make(+m[1]!, +m[2]!, +m[3]!, ...timeOf(s.slice(m.index + m[0].length)), now)],
    [DAY_MONTH, (m) => make(+m[3]!, MONTHS[m[2]!.toLowerCase()]!, +m[1]!, ...timeOf(s), now)],
    [MONTH_DAY, (m) => make(+m[4]!, MONTHS[m[1]!.toLowerCase()]!, +m[2]!, ...timeOf(s), now)],
    [DOTTED, (m) => make(+m[3]!, +m[2]!, +m[1]!, ...timeOf(s), now)],
    [
      SLASHED,
      (m) => {
        const [a, b] = [+m[1]!, +m[2]!];
        // 03/01/2020 is the 3rd of January in Britain and the 1st of March in America: only an impossible
        // month says which.
        if (a <= 12 && b <= 12 && a !== b) return null;
        return a > 12 ? make(+m[3]!, b, a, ...timeOf(s), now) : make(+m[3]!, a, b, ...timeOf(s), now);
      },
    ],
  ];
  for (const [re, read] of written) {
    const found = re.exec(s);
    if (found) return read(found);
  }
  return null;
}

/** The date as YYYY-MM-DD, or null. */
export function normalizeDate(raw: string | null | undefined): string | null {
  return parseDate(raw)?.date ?? null;
}

/** The date an article's address holds: /2016/12/19/, /2009/oct/14/, /2014-09-30/, -20161213-story. */
export function dateInUrl(url: string | null | undefined, now = Date.now()): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const forms: [RegExp, (m: RegExpExecArray) => [number, number, number]][] = [
    [/\/((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})(?=\/|$)/, (m) => [+m[1]!, +m[2]!, +m[3]!]],
    [
      new RegExp(`/((?:19|20)\\d{2})/${MONTH}/(\\d{1,2})(?=/|$)`, 'i'),
      (m) => [+m[1]!, MONTHS[m[2]!.toLowerCase()]!, +m[3]!],
    ],
    [/(?:^|[/_-])((?:19|20)\d{2})-(\d{2})-(\d{2})(?=[/_.-]|$)/, (m) => [+m[1]!, +m[2]!, +m[3]!]],
    [/(?:^|[/_-])((?:19|20)\d{2})(\d{2})(\d{2})(?=[/_.-]|$)/, (m) => [+m[1]!, +m[2]!, +m[3]!]],
  ];
  for (const [re, parts] of forms) {
    const m = re.exec(path);
    if (!m) continue;
    const [y, mo, d] = parts(m);
    const found = make(y, mo, d, null, 'none', now);
    if (found) return found.date;
  }
  return null;
}

/**
 * Could a moment written in UTC (or a server's clock) fall on `date` where its publisher lives? A
 * newsroom is between ten hours west and twelve east of Greenwich: an evening story in America is the
 * next day in UTC.
 */
export function sameDayNearby(moment: ParsedDate, date: string): boolean {
  if (moment.date === date) return true;
  if (moment.hour === null) return false;
  const shift = (Date.parse(date) - Date.parse(moment.date)) / 86_400_000;
  return (shift === -1 && moment.hour < 10) || (shift === 1 && moment.hour >= 12);
}

function timeOf(s: string): [number | null, ParsedDate['zone']] {
  const t = TIME.exec(s);
  if (!t) return [null, 'none'];
  let hour = Number(t[1]);
  if (t[3]?.toLowerCase() === 'p' && hour < 12) hour += 12;
  if (t[3]?.toLowerCase() === 'a' && hour === 12) hour = 0;
  return [hour < 24 ? hour : null, UTC_WORDS.test(s) ? 'utc' : 'local'];
}

function make(
  year: number,
  month: number,
  day: number,
  hour: number | null,
  zone: ParsedDate['zone'],
  now: number,
): ParsedDate | null {
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= 31 && year >= FIRST_YEAR)) return null;
  const at = Date.UTC(year, month - 1, day);
  // 31 February and the like roll over into the next month: not a date.
  if (new Date(at).getUTCDate() !== day) return null;
  const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  // A date after tomorrow (anywhere) is not a publication date.
  if (PLACEHOLDERS.has(date) || at > now + 2 * 86_400_000) return null;
  return { date, hour, zone: hour === null ? 'none' : zone };
}
