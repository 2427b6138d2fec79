// Who an article talks about: every named person and organisation in order of mention, so that "Adams said"
// and "He added" resolve to the "U.S. Surgeon General Jerome Adams" introduced earlier.

import { foldName } from '../text/names';
import type { MentionRole } from './clauses';
import { givenName } from './given-names';
import { HONORIFICS, NAME_PARTICLES, nounFor, onlyPlural, personalRole, TITLE_ABBREVIATED } from './lexicon';
import type { Phrase } from './phrases';

export interface Entity {
  kind: 'person' | 'organization' | 'description';
  /** The fullest name the article gives ("Jerome Adams"). */
  name: string;
  /** Folded name parts, for matching a later surname. */
  parts: string[];
  roles: string[];
  /** Every way the article names it ("Adams", "U.S. Surgeon General Jerome Adams"). */
  aliases: Set<string>;
  gender: 'm' | 'f' | 'p' | 'n' | null;
  /** Something marks it as a person, not a place or a thing: a given name, an honorific, a title, a role, speech. */
  personal: boolean;
  /** Its name is one word that the article also writes in lower case: an ordinary word ("staff", "production"). */
  ordinary: boolean;
  /** The article writes "in" before its name ("in Beijing", "in Staten Island"): a place. */
  place: boolean;
}

interface Mention {
  pos: number;
  /** Ordinal of the sentence, across the whole article. */
  sentence: number;
  entity: Entity;
  /** 2 for one who speaks there, 1 for a clause's subject, 0 otherwise, -1 aside: whom a later pronoun most likely means. */
  rank: number;
}

/**
 * What a mention does where it stands: speaks, is its clause's subject, is only mentioned (null), or is
 * mentioned aside from the prose (a caption, a byline, a heading), where it names someone without making
 * them whom the next sentences are about.
 */
export type MentionPlace = MentionRole | 'aside';

const RANK: Record<NonNullable<MentionPlace>, number> = { speaker: 2, subject: 1, aside: -1 };

export interface Resolution {
  entity: Entity;
  via: 'name' | 'surname' | 'given' | 'pronoun' | 'description';
  /** For a pronoun or a description: how far ahead of the next candidate its entity was. */
  margin?: number;
}

/** A character that would carry a name on into a longer word or an owner's ("Beijinger", "Smith’s"). */
const NAME_GOES_ON = /[\p{L}\p{M}'’]/u;

/** Whole words in lower case ("staff", not "iPhone" or "Staff"). */
const LOWER_WORD = /(?<![\p{L}\p{M}])\p{Ll}[\p{Ll}\p{M}]*(?![\p{L}\p{M}])/gu;

export class Discourse {
  readonly entities: Entity[] = [];
  /** The words the article writes in lower case, read when first needed. */
  private lowerWords: Set<string> | null = null;
  /** Where the article's words after "in " start, read when first needed. */
  private afterIn: number[] | null = null;
  /** Mentions in order of position. */
  private readonly timeline: Mention[] = [];
  /** Named people and organisations by folded full name. */
  private readonly byKey = new Map<string, Entity>();
  /** Mentions of people by folded surname, in order of position. */
  private readonly bySurname = new Map<string, Mention[]>();
  /** Mentions of people by folded given name, in order of position. */
  private readonly byGiven = new Map<string, Mention[]>();

  /**
   * `text`: the article, whose own spelling tells its ordinary words from its names; `read`: what its
   * language's rules make of a phrase before it is recorded (a cleaner name, a gender, another kind), or
   * null when it names no one.
   */
  constructor(
    private readonly text: string,
    private readonly read: (phrase: Phrase, pos: number) => Phrase | null = (phrase) => phrase,
  ) {}

  /** Does the article write "in" before the name, as before a place ("in Beijing"), not an owner ("in Smith’s")? */
  private writesIn(name: string): boolean {
    this.afterIn ??= Array.from(this.text.matchAll(/\b[Ii]n /g), (m) => m.index + 3);
    return this.afterIn.some((at) => {
      if (!this.text.startsWith(name, at)) return false;
      const next = this.text.codePointAt(at + name.length);
      return next === undefined || !NAME_GOES_ON.test(String.fromCodePoint(next));
    });
  }

  private writesLower(word: string): boolean {
    this.lowerWords ??= new Set(this.text.match(LOWER_WORD) ?? []);
    return this.lowerWords.has(word);
  }

  /** Records a mention of a named person or organisation; returns the entity it names. */
  mention(written: Phrase, surface: string, pos: number, sentence: number, role: MentionPlace): Resolution | null {
    if (written.kind === 'pronoun') return null;
    const phrase = this.read(written, pos);
    if (!phrase || phrase.kind === 'pronoun') return null;
    let resolution =
      phrase.kind === 'description'
        ? (this.byRole(phrase.name, pos) ?? this.bySalience(phrase, pos, sentence))
        : this.byName(phrase.name, pos, HONORIFICS[surface.split(/\s+/)[0]!.toLowerCase()] ?? null);
    const parts = foldName(phrase.name);
    if (!resolution && phrase.kind === 'person') resolution = this.completed(phrase.name, parts, pos, phrase.gender);
    if (!resolution) {
      if (parts.length === 0) return null;
      const entity: Entity = {
        kind: phrase.kind,
        name: phrase.name,
        parts,
        roles: [],
        aliases: new Set(),
        gender: phrase.gender,
        personal: false,
        ordinary: parts.length === 1 && phrase.kind !== 'description' && this.writesLower(parts[0]!),
        // (Not "the FBI", "in the agency": a body is also written "in".)
        place:
          parts.length <= 2 &&
          phrase.kind !== 'description' &&
          !/^the\s/i.test(phrase.name) &&
          !/^\p{Lu}{2,}$/u.test(phrase.name) &&
          this.writesIn(phrase.name),
      };
      this.entities.push(entity);
      if (phrase.kind !== 'description') this.byKey.set(parts.join(' '), entity);
      // "Boeing Co." is "Boeing" from then on.
      const short = parts.length > 1 && LEGAL_FORMS.has(parts[parts.length - 1]!) ? parts.slice(0, -1).join(' ') : null;
      if (phrase.kind === 'organization' && short && !this.byKey.has(short)) this.byKey.set(short, entity);
      resolution = { entity, via: phrase.kind === 'description' ? 'description' : 'name' };
    }
    const { entity } = resolution;
    // A one-word name read as a person's until it spoke of itself as "it" ("AT&T said it will …").
    if (
      phrase.kind === 'organization' &&
      phrase.gender === 'n' &&
      entity.kind === 'person' &&
      !/\s/.test(entity.name) &&
      entity.gender === null
    )
      entity.kind = 'organization';
    // "JAKE TAPPER" in a transcript's label is Jake Tapper, as the label's reading or the prose writes him.
    if (
      entity.name === entity.name.toUpperCase() &&
      phrase.name !== phrase.name.toUpperCase() &&
      foldName(phrase.name).join(' ') === parts.join(' ')
    )
      entity.name = phrase.name;
    if (phrase.role && !entity.roles.includes(phrase.role)) entity.roles.push(phrase.role);
    if (phrase.gender && !entity.gender) entity.gender = phrase.gender;
    entity.personal ||=
      entity.gender !== null ||
      role === 'speaker' ||
      // A given name alone as its clause's subject ("Fran worried …"), not an owner's or a place's ("Duke’s
      // campus", "to Mecca"); a longer name must say more ("Sandy Hook" is a place).
      (role === 'subject' && entity.parts.length === 1 && givenName(entity.parts[0]!) !== undefined) ||
      (phrase.role !== null && personalRole(phrase.role, parts.length > 1));
    entity.aliases.add(surface);
    this.insert({ pos, sentence, entity, rank: role ? RANK[role] : 0 });
    return resolution;
  }

  /**
   * A person named by one word so far ("Fran"), whom a fuller name now completes ("Fran Finney"): the one
   * person named before by its given name or its surname alone, now under the full name, unless that person's
   * gender is known and the full name does not have it ("his daughter Ivanka Trump" is not "Mr. Trump").
   */
  private completed(name: string, parts: string[], pos: number, gender: Entity['gender']): Resolution | null {
    if (parts.length < 2) return null;
    // By the given name first: in a family ("Hal Finney", "Fran"), the surname alone may be anyone's.
    for (const part of [parts[0]!, parts[parts.length - 1]!]) {
      const lone = new Set<Entity>();
      for (const m of this.timeline) {
        const e = m.entity;
        // A known gender must be matched by a known one: "Ivanka", a name the data does not know, is no "Mr.".
        const agrees = e.gender === null || e.gender === 'p' || e.gender === gender;
        if (m.pos < pos && e.kind === 'person' && e.parts.length === 1 && e.parts[0] === part && agrees) lone.add(e);
      }
      const [entity] = lone;
      if (entity && lone.size === 1) return this.rename(entity, name, parts);
    }
    return null;
  }

  private rename(entity: Entity, name: string, parts: string[]): Resolution {
    entity.name = name;
    entity.parts = parts;
    this.byKey.set(parts.join(' '), entity);
    return { entity, via: 'name' };
  }

  /** Records "he" or "she" as the subject or speaker of its clause: "He said Mateen …" passes on whom it means. */
  pronounMention(gender: 'm' | 'f' | 'p', pos: number, sentence: number, role: NonNullable<MentionRole>): void {
    const r = this.resolvePronoun(gender, pos, sentence);
    if (r) this.insert({ pos, sentence, entity: r.entity, rank: RANK[role] });
  }

  /**
   * The person a definite description stands for: "the senator" is the latest person the article gave the role
   * "senator" ("Florida senator Marco Rubio"); null when nobody has that role.
   */
  private byRole(description: string, pos: number): Resolution | null {
    const words = description
      .toLowerCase()
      .split(/[^\p{L}\p{N}-]+/u)
      .filter(Boolean);
    if (!/^(?:the|this)$/.test(words[0] ?? '') || words.length < 2 || /s$/.test(words[words.length - 1]!)) return null;
    // A description of a person ("the senator"), not of a body or a place ("the state").
    if (!personalRole(words.slice(1).join(' '), false)) return null;
    // Every word of it in one of the roles: "the Republican nominee" is not the Democratic one; "the senator"
    // is "Sen. Elizabeth Warren".
    const fits = (role: string) => {
      const said = new Set(
        role
          .toLowerCase()
          .split(/[^\p{L}\p{N}-]+/u)
          .map((w) => TITLE_ABBREVIATED[w] ?? w),
      );
      return words.slice(1).every((w) => said.has(w));
    };
    for (let k = this.indexBefore(pos); k >= 0; k--) {
      const e = this.timeline[k]!.entity;
      // Not a place the article writes "in" before ("in Salem, Trump accused Cruz, the senator …").
      if (e.kind === 'person' && !e.place && e.roles.some(fits)) return { entity: e, via: 'description' };
    }
    return null;
  }

  /**
   * The person or body a definite description stands for when no role says it: "the actress" is the woman
   * the last sentences are about, "the company" the body that spoke or acted there. The most salient
   * compatible entity of the last few sentences (one who speaks over a subject over a mere mention, the
   * nearer sentence first); none when two are about as salient, or none is more than mentioned.
   */
  private bySalience(phrase: Phrase, pos: number, sentence: number): Resolution | null {
    const words = phrase.name.toLowerCase().split(/\s+/);
    if (!/^(?:the|this)$/.test(words[0] ?? '') || phrase.gender === 'p') return null;
    const head = words[words.length - 1]!;
    // A compound title is its first part's: "the president-elect", "the secretary-general".
    const kind = nounFor(head) ?? nounFor(head.split('-')[0]!);
    if (!kind) return null;
    // A capitalised word names which body it is ("the U.S. military", "the Obama administration"): no anaphor.
    if (
      kind === 'group' &&
      phrase.name
        .split(/\s+/)
        .slice(1)
        .some((w) => /^\p{Lu}/u.test(w))
    )
      return null;
    // "one law enforcement official … the official": an earlier description with the same head is who it means.
    const described = (e: Entity) => e.kind === 'description' && headOf(e.name) === head;
    const earlier = this.salient(described, pos, sentence, DESCRIPTION_SENTENCES);
    if (earlier) return { entity: earlier.entity, via: 'description' };
    // A person with a role of another kind is someone else: "the actress" is not "her mother, Cynthia".
    // A body may have been read as a one-word name that nothing marked as a person ("Boeing said").
    const fits = (e: Entity) =>
      kind === 'group'
        ? e.kind === 'organization' || maybeBody(e)
        : e.kind === 'person' &&
          e.personal &&
          (phrase.gender === null || e.gender === null || e.gender === phrase.gender) &&
          e.roles.every((r) => headOf(r) === head || nounFor(headOf(r)) !== 'person');
    const best = this.salient(fits, pos, sentence, DESCRIPTION_SENTENCES);
    return best && best.margin >= DESCRIPTION_MARGIN
      ? { entity: best.entity, via: 'description', margin: best.margin }
      : null;
  }

  /** Is this single word the surname of someone already named? Used to pick out "Adams" from capitalised words. */
  knows(name: string, pos: number): boolean {
    return this.byName(name, pos) !== null;
  }

  /**
   * The entity a name refers to: the same full name; else the person named earlier whose name ends with it (a
   * surname, "Black Elk" of Linda Black Elk, "Waller-Bridge" of Phoebe Waller-Bridge); else, for one word, the
   * person named earlier with that given name ("Stephen" of Stephen Jones, when his father Jerry is "Jerry").
   * Of several, the one the article names most: "Fiorina" is the candidate, not her husband mentioned once.
   */
  private byName(name: string, pos: number, gender: Entity['gender'] = null): Resolution | null {
    const parts = foldName(name);
    if (parts.length === 0) return null;
    // The gender of the honorific the name is written with must agree: "Mr. Trump" is not Ivanka Trump.
    const agrees = (e: Entity) => gender === null || e.gender === null || e.gender === gender;
    const exact = this.byKey.get(parts.join(' '));
    if (exact && agrees(exact)) return { entity: exact, via: 'name' };
    // One word is any of a name's surnames (surnames() knows which); several must end the name.
    const ending = (e: Entity) =>
      agrees(e) &&
      (parts.length === 1 ||
        (e.parts.length > parts.length && parts.every((p, k) => e.parts[e.parts.length - parts.length + k] === p)));
    const bySurname = mostNamed(this.bySurname.get(parts[parts.length - 1]!), pos, ending);
    if (bySurname) return { entity: bySurname, via: 'surname' };
    if (parts.length !== 1) return null;
    // A given name stands for someone surely a person, whose name opens with a given name or who has a role,
    // never for a capitalised run that spoke ("Obama Sees Insult", "Microsoft Corp").
    const person = (e: Entity) =>
      agrees(e) &&
      e.parts.length > 1 &&
      (givenName(e.parts[0]!) !== undefined || e.roles.some((r) => personalRole(r, false)));
    const byGiven = mostNamed(this.byGiven.get(parts[0]!), pos, person);
    return byGiven ? { entity: byGiven, via: 'given' } : null;
  }

  /**
   * The person a pronoun refers to: the most salient compatible one of the last sentences (see salient). "They"
   * needs a group or a body, "it" a body or a thing.
   */
  resolvePronoun(gender: 'm' | 'f' | 'p' | 'n' | null, pos: number, sentence: number): Resolution | null {
    if (gender === null) return null;
    // Capitalised words with nothing said of them that marks a person ("Colorado", "Skype") may be a place or a thing.
    const fits = (e: Entity) =>
      gender === 'p'
        ? e.kind === 'organization' || (e.kind === 'description' && (e.gender === 'p' || collective(e.name)))
        : gender === 'n'
          ? e.kind === 'organization' || (e.kind === 'description' && e.gender !== 'p')
          : (e.kind === 'person' && e.personal && (e.gender === null || e.gender === gender)) ||
            (e.kind === 'description' && e.gender === gender);
    const best = this.salient(fits, pos, sentence, PRONOUN_SENTENCES);
    return best ? { entity: best.entity, via: 'pronoun', margin: best.margin } : null;
  }

  /**
   * The person a definite description of French, Spanish or Portuguese stands for when no title names them
   * ("la syndicaliste", "el instructor"): as "the actress" in English, the most salient person of the last
   * few sentences, of the gender its article gives, clearly ahead of any other, and one those sentences are
   * about (who speaks there or is a clause's subject), and surely a person: one whose gender is known (by a
   * given name, a title or a pronoun), not a place or a code ("San Isidro", "Código de Defesa").
   */
  resolveDescribed(gender: 'm' | 'f' | null, pos: number, sentence: number): Resolution | null {
    const fits = (e: Entity) =>
      e.kind === 'person' && (e.gender === 'm' || e.gender === 'f') && (gender === null || e.gender === gender);
    const best = this.salient(fits, pos, sentence, DESCRIPTION_SENTENCES);
    return best && best.margin >= DESCRIPTION_MARGIN
      ? { entity: best.entity, via: 'description', margin: best.margin }
      : null;
  }

  /**
   * The most salient entity that `fits`, among the mentions of the last `reach` sentences before `pos`:
   * one who speaks outweighs a clause's subject, which outweighs a mere mention, and each sentence back
   * weighs less ("Asked whether Clinton can win, she replied" is the one who spoke before, not Clinton).
   * Of one sentence's mentions of equal weight, the first. `margin` is how far ahead of the next one it is.
   */
  private salient(
    fits: (e: Entity) => boolean,
    pos: number,
    sentence: number,
    reach: number,
  ): { entity: Entity; margin: number } | null {
    const score = new Map<Entity, number>();
    const last = this.indexBefore(pos);
    for (let k = last; k >= 0 && last - k < PRONOUN_REACH; k--) {
      const m = this.timeline[k]!;
      const distance = sentence - m.sentence;
      if (distance > reach) break;
      if (m.rank < 0 || !fits(m.entity)) continue;
      const weight = SALIENCE[m.rank]! - SENTENCE_DECAY * distance;
      if (weight >= (score.get(m.entity) ?? -Infinity)) score.set(m.entity, weight);
    }
    let best: [Entity, number] | null = null;
    let second = -Infinity;
    // Map order is the walk's, latest first: on equal weight the earlier mention, the sentence's subject, wins.
    for (const [e, w] of score) {
      if (!best || w >= best[1]) {
        if (best) second = Math.max(second, best[1]);
        best = [e, w];
      } else second = Math.max(second, w);
    }
    return best ? { entity: best[0], margin: best[1] - second } : null;
  }

  /** Index of the last mention before `pos`, or -1. */
  private indexBefore(pos: number): number {
    let lo = 0;
    let hi = this.timeline.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.timeline[mid]!.pos < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }

  private insert(m: Mention): void {
    const at = this.indexBefore(m.pos) + 1;
    const same = this.timeline[at];
    if (same && same.pos === m.pos) {
      same.rank = Math.max(same.rank, m.rank);
      return;
    }
    this.timeline.splice(at, 0, m);
    if (m.entity.kind === 'person') {
      for (const surname of surnames(m.entity.parts)) addInOrder(this.bySurname, surname, m);
      if (m.entity.parts.length > 1) addInOrder(this.byGiven, m.entity.parts[0]!, m);
    }
  }
}

/** Adds a mention to its key's list, which stays in order of position. */
function addInOrder(lists: Map<string, Mention[]>, key: string, m: Mention): void {
  const list = lists.get(key) ?? [];
  let k = list.length;
  while (k > 0 && list[k - 1]!.pos > m.pos) k--;
  list.splice(k, 0, m);
  lists.set(key, list);
}

/** Of the entities mentioned before `pos` in a list that `fits` accepts, the one mentioned most (the later on a tie). */
function mostNamed(list: Mention[] | undefined, pos: number, fits: (e: Entity) => boolean): Entity | null {
  const counts = new Map<Entity, number>();
  for (const m of list ?? []) if (m.pos <= pos && fits(m.entity)) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  let best: Entity | null = null;
  for (const [e, n] of counts) if (!best || n >= counts.get(best)!) best = e;
  return best;
}

/**
 * The parts of a name that may stand alone for the person: the last, and in a name joined by a particle every
 * part after the given name ("Lula" of "Luiz Inácio Lula da Silva"). Not in any longer name: a title-case
 * headline reads as one ("Megyn Kelly Is No Different"), and "Kelly" must not mean it.
 */
function surnames(parts: string[]): string[] {
  if (parts.length < 3 || !parts.some((p) => NAME_PARTICLES.has(p))) return parts.slice(-1);
  return parts.slice(1).filter((p) => !NAME_PARTICLES.has(p));
}

/** The last word of a noun phrase or a role, before any complement: "official" of "a senior official in Kabul". */
function headOf(phrase: string): string {
  const words = phrase.toLowerCase().split(/[\s,]+/);
  const complement = words.findIndex((w, i) => i > 0 && /^(?:of|for|at|in|from|with|to|on)$/.test(w));
  return (complement > 0 ? words[complement - 1] : words[words.length - 1]) ?? '';
}

/** A one-word name that nothing marks as a person's or a group's: "Boeing said" may be a body's. */
const maybeBody = (e: Entity) =>
  e.kind === 'person' &&
  e.parts.length === 1 &&
  e.gender === null &&
  e.roles.length === 0 &&
  givenName(e.parts[0]!) === undefined &&
  !onlyPlural(e.parts[0]!);

/** "the campaign", "the committee": a body that "they" may stand for. */
const collective = (name: string) =>
  /\b(?:campaign|committee|government|administration|group|party|company|team|council|board|union|agency|department|court|panel|commission|staff|family|crowd|audience)$/i.test(
    name,
  );

/** The legal forms that end a company's name and that the article leaves out after it ("Boeing Co."). */
const LEGAL_FORMS = new Set(['inc', 'corp', 'co', 'llc', 'ltd', 'plc', 'ag', 'gmbh', 'sa', 'nv', 'bv']);

/** How much a mention makes its entity salient, by its rank: mentioned, a clause's subject, speaking. */
const SALIENCE = [1, 2, 3];
/** How much of that a mention loses with each sentence between it and the pronoun or description. */
const SENTENCE_DECAY = 2.5;
/** Sentences back that a pronoun and a definite description look through. */
const PRONOUN_SENTENCES = Number.POSITIVE_INFINITY;
const DESCRIPTION_SENTENCES = 3;
/** How far ahead of any other the entity a description stands for must be. */
const DESCRIPTION_MARGIN = 1;

/** Mentions a pronoun looks back through, at most. */
const PRONOUN_REACH = 60;
