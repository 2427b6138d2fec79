// What a plain-text article says of itself in its first lines: a masthead and a headline ("Northwest
// Arkansas Democrat-Gazette" / "New team targets online opioid sales"), a labelled date ("date 2018-11-04"),
// a byline ("By Sadie Gurman") and the dateline that opens a wire story ("WASHINGTON —").

import { type ArticleMeta, emptyMeta, normalizeDate } from './article';

/** Words that name a news outlet when they stand in a short opening line. */
const OUTLET_WORDS =
  /\b(?:Times|Post|News|Journal|Gazette|Tribune|Herald|Democrat|Chronicle|Inquirer|Observer|Guardian|Telegraph|Independent|Daily|Press|Star|Globe|Examiner|Register|Courier|Sentinel|Dispatch|Bulletin|Monitor|Mail|Express|Mirror|Review|Magazine|Weekly|Wire|Reuters|Bloomberg|Associated Press|AFP|BBC|CNN|NPR|Zeitung|Spiegel|Monde|Figaro|País|Folha|Estadão)\b/;
const LABELLED =
  /^\s*(date|dated|published|publication|source|outlet|title|headline|author|byline|url|link|language|lang)\s*:\s*(.+)$/i;
const DATE_LEAD = /^\s*(?:date|dated|published)\s*:?\s*(\d{4}-\d{2}-\d{2})\b/i;
const BYLINE = /^\s*By\s+(\p{Lu}[\p{L}.'’-]+(?:\s+(?:and\s+)?\p{Lu}[\p{L}.'’-]+){0,5})\s*$/u;
const DATELINE =
  /^\s*((?:\p{Lu}{2,}[\p{Lu} .'’-]*)(?:,\s*[\p{L}. ]+)?)\s*(?:\((?:AP|Reuters|AFP)\)\s*)?[\u2014\u2013-]{1,2}\s/u;
const STAMP = /^\s*(?:(?:last\s+)?updated|modified|published|posted)\b/i;
const SEPARATOR = /^[\s\-–—_*=~#]*$/;

export function plainTextMeta(text: string): ArticleMeta {
  const meta = emptyMeta();
  const lead = DATE_LEAD.exec(text);
  if (lead) meta.date = lead[1]!;

  const lines = text.split(/\r?\n/).map((l) => l.trim());
  const head: string[] = [];
  let bodyLine = -1;
  for (let i = 0; i < lines.length && head.length < 6; i++) {
    const line = lines[i]!;
    if (line === '' || SEPARATOR.test(line)) continue;
    if (isHeading(line)) head.push(line);
    else {
      bodyLine = i;
      break;
    }
  }

  for (const line of head) {
    const labelled = LABELLED.exec(line);
    const byline = BYLINE.exec(line);
    if (labelled && applyLabel(meta, labelled[1]!.toLowerCase(), labelled[2]!.trim())) continue;
    if (DATE_LEAD.test(line)) continue;
    // A time stamp line: "Published: …" dates the article, "Updated on: … / CBS News" does not, and
    // neither is a masthead nor a headline.
    if (STAMP.test(line)) {
      if (/^\s*(?:published|posted)/i.test(line)) meta.date ??= normalizeDate(line);
      continue;
    }
    if (byline) meta.author ??= byline[1]!;
    else if (!meta.publication && !meta.headline && isMasthead(line)) meta.publication = line;
    else meta.headline ??= line;
  }

  const dateline = bodyLine >= 0 ? DATELINE.exec(lines[bodyLine]!) : null;
  if (dateline) meta.dateline = dateline[1]!.trim();
  return meta;
}

/** A line that names an outlet, and only that: not a dateline, a byline, nor an "Updated on: November 19,
 * 2019 / 10:07 AM / CBS News" line, which holds a date, a time or separators besides the name. */
function isMasthead(line: string): boolean {
  return (
    OUTLET_WORDS.test(line) &&
    line.split(/\s+/).length <= 8 &&
    !/\d{1,2}:\d{2}|\s[/|·•]\s|^(?:updated|published|posted|by)\b/i.test(line) &&
    normalizeDate(line) === null
  );
}

/** A short line without a sentence's end: a masthead, a headline, a label or a byline. */
function isHeading(line: string): boolean {
  const words = line.split(/\s+/).length;
  return words <= 16 && line.length <= 140 && !/[.!?]["”’]?$/.test(line) && !/^[“"‘«„]/.test(line);
}

function applyLabel(meta: ArticleMeta, label: string, value: string): boolean {
  switch (label) {
    case 'date':
    case 'dated':
    case 'published':
      meta.date = normalizeDate(value) ?? meta.date;
      return meta.date !== null;
    case 'publication':
    case 'source':
    case 'outlet':
      meta.publication = value;
      return true;
    case 'title':
    case 'headline':
      meta.headline = value;
      return true;
    case 'author':
    case 'byline':
      meta.author = value;
      return true;
    case 'url':
    case 'link':
      meta.url = value;
      return /^https?:\/\//.test(value);
    case 'language':
    case 'lang':
      meta.language = value;
      return true;
    default:
      return false;
  }
}
