// Who an article talks about: every named person and organisation in order of mention, so that "Adams said"
// and "He added" resolve to the "U.S. Surgeon General Jerome Adams" introduced earlier.

import { foldName } from '../text/normalize';
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
}

interface Mention {
  pos: number;
  /** Ordinal of the sentence, across the whole article. */
  sentence: number;
  entity: Entity;
  speaker: boolean;
}

export type Resolution = { entity: Entity; via: 'name' | 'surname' | 'pronoun' | 'description' };

export class Discourse {
  readonly entities: Entity[] = [];
  /** Mentions in order of position. */
  private readonly timeline: Mention[] = [];
  /** Named people and organisations by folded full name. */
  private readonly byKey = new Map<string, Entity>();
  /** Mentions of people by folded surname, in order of position. */
  private readonly bySurname = new Map<string, Mention[]>();
  /** Entities found speaking somewhere in the article. */
  private readonly spoke = new Set<Entity>();

  /** Records a mention of a named person or organisation; returns the entity it names. */
  mention(phrase: Phrase, surface: string, pos: number, sentence: number, speaker: boolean): Resolution | null {
    if (phrase.kind === 'pronoun') return null;
    let resolution = phrase.kind === 'description' ? null : this.byName(phrase.name, pos);
    if (!resolution) {
      const parts = foldName(phrase.name);
      if (parts.length === 0) return null;
      const entity: Entity = { kind: phrase.kind, name: phrase.name, parts, roles: [], aliases: new Set(), gender: phrase.gender };
      this.entities.push(entity);
      if (phrase.kind !== 'description') this.byKey.set(parts.join(' '), entity);
      resolution = { entity, via: phrase.kind === 'description' ? 'description' : 'name' };
    }
    const { entity } = resolution;
    if (phrase.role && !entity.roles.includes(phrase.role)) entity.roles.push(phrase.role);
    if (phrase.gender && !entity.gender) entity.gender = phrase.gender;
    entity.aliases.add(surface);
    if (speaker) this.spoke.add(entity);
    this.insert({ pos, sentence, entity, speaker });
    return resolution;
  }

  /** Is this single word the surname of someone already named? Used to pick out "Adams" from capitalised words. */
  knows(name: string, pos: number): boolean {
    return this.byName(name, pos) !== null;
  }

  /** The entity a name refers to: the same full name, or a surname of someone named earlier. */
  private byName(name: string, pos: number): Resolution | null {
    const parts = foldName(name);
    if (parts.length === 0) return null;
    const exact = this.byKey.get(parts.join(' '));
    if (exact) return { entity: exact, via: 'name' };
    if (parts.length !== 1) return null;
    // The most recently mentioned person with that surname (or, for a single-named person, that name).
    const mentions = this.bySurname.get(parts[0]!) ?? [];
    for (let k = mentions.length - 1; k >= 0; k--) if (mentions[k]!.pos <= pos) return { entity: mentions[k]!.entity, via: 'surname' };
    return null;
  }

  /**
   * The person a pronoun refers to: in the latest sentence before it that mentions someone compatible,
   * the one who spoke there, else the first named (usually the subject). "They" needs a group.
   */
  resolvePronoun(gender: 'm' | 'f' | 'p' | 'n' | null, pos: number): Resolution | null {
    if (gender === null) return null;
    let sentence = -1;
    let earliest: Mention | null = null;
    let speaker: Mention | null = null;
    const last = this.indexBefore(pos);
    for (let k = last; k >= 0 && last - k < PRONOUN_REACH; k--) {
      const m = this.timeline[k]!;
      if (sentence >= 0 && m.sentence !== sentence) break;
      const e = m.entity;
      // Capitalised words with nothing said of them that marks a person ("Colorado", "New Hampshire") may be a
      // place: no given name, honorific or title, and never a speaker.
      const doubtful = e.kind === 'person' && e.gender === null && e.roles.length === 0 && !this.spoke.has(e);
      const fits =
        gender === 'p' ? e.kind === 'organization' || (e.kind === 'description' && e.gender === 'p')
        : gender === 'n' ? e.kind === 'organization' || (e.kind === 'description' && e.gender !== 'p')
        : e.kind === 'person' && !doubtful && (e.gender === null || e.gender === gender);
      if (!fits) continue;
      sentence = m.sentence;
      earliest = m;
      speaker = speaker ?? (m.speaker ? m : null);
    }
    const pick = speaker ?? earliest;
    return pick ? { entity: pick.entity, via: 'pronoun' } : null;
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
      same.speaker ||= m.speaker;
      return;
    }
    this.timeline.splice(at, 0, m);
    if (m.entity.kind === 'person') {
      const surname = m.entity.parts[m.entity.parts.length - 1]!;
      const list = this.bySurname.get(surname) ?? [];
      let k = list.length;
      while (k > 0 && list[k - 1]!.pos > m.pos) k--;
      list.splice(k, 0, m);
      this.bySurname.set(surname, list);
    }
  }
}

/** Mentions a pronoun looks back through, at most. */
const PRONOUN_REACH = 60;
