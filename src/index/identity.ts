// Who is who across a corpus: each occurrence's named speaker as one identity, however articles write the
// name. An article's own forms of a person (the extractor ties "Trump" to "Donald Trump" within it) are one
// person; across articles, names of one family name are one person when the names they go by agree
// (person-name.ts), and a family name alone is the one person the corpus names by it. Two people who share
// a family name stay apart, and so does a form that fits both, unless its article tells them apart (its
// title or honorific fits one of them alone). Organisations are one by their name; descriptions ("a
// spokesman") are people only within their article.

import { genderOf, type PersonName, parsePersonName, samePerson } from '../text/person-name';
import { foldWords } from '../text/words';
import type { NamedSpeaker } from './schema';

export interface Identity {
  kind: NamedSpeaker['kind'];
  /** The name shown: the fullest form the articles name the person by most. */
  name: string;
  /** Every form seen, with the documents (by position) that printed it. */
  forms: Map<string, Set<number>>;
}

export interface Identities {
  identities: Identity[];
  /** Each occurrence's identity (a position in `identities`), or -1 when it names nobody. */
  of: Int32Array;
}

/** A person as one article names them: its fullest name, its other forms, their titles. */
interface DocPerson {
  doc: number;
  /** The occurrence that first names them, for a canonical order. */
  first: number;
  name: string;
  parsed: PersonName;
  forms: Set<string>;
}

/** The heads of the titles a person is named with alongside a given name ("president", "senator"). */
function titleHeads(names: Iterable<PersonName>): Set<string> {
  const out = new Set<string>();
  for (const n of names) {
    const head = n.titles[n.titles.length - 1];
    if (head && n.gender === null) out.add(head);
  }
  return out;
}

export function resolveIdentities(occ: { doc: number; named: NamedSpeaker | null }[]): Identities {
  const of = new Int32Array(occ.length).fill(-1);
  const identities: Identity[] = [];
  const byKey = new Map<string, number>();
  const identity = (key: string, kind: NamedSpeaker['kind'], name: string) => {
    let at = byKey.get(key);
    if (at === undefined) {
      at = identities.length;
      identities.push({ kind, name, forms: new Map() });
      byKey.set(key, at);
    }
    return at;
  };

  // People by their article first: each article's forms of one name are one person.
  const docPeople = new Map<string, DocPerson>();
  const docPersonOf = new Map<number, DocPerson>();
  occ.forEach((o, i) => {
    const named = o.named;
    if (!named) return;
    const folded = foldWords(named.name).join(' ');
    const parsed = named.kind === 'person' ? parsePersonName(named.name) : null;
    if (!parsed) {
      const scope = named.kind === 'description' ? `${o.doc}` : '';
      of[i] = identity(`${named.kind}:${scope}:${folded}`, named.kind, named.name);
      return;
    }
    const key = `${o.doc}:${folded}`;
    let p = docPeople.get(key);
    if (!p) {
      p = { doc: o.doc, first: i, name: named.name, parsed, forms: new Set() };
      docPeople.set(key, p);
    }
    p.forms.add(named.name);
    // The article's other forms of the name, where they fit it (an honorific of the other gender does not).
    for (const alias of named.aliases) {
      const a = parsePersonName(alias);
      if (a && samePerson(a, parsed)) p.forms.add(alias);
    }
    docPersonOf.set(i, p);
  });

  // Within an article, a family name alone is the one person of that name it names in full.
  const people = new Map<DocPerson, DocPerson>();
  const bySurnameInDoc = new Map<string, DocPerson[]>();
  for (const p of docPeople.values()) push(bySurnameInDoc, `${p.doc}:${p.parsed.surname}`, p);
  for (const group of bySurnameInDoc.values()) {
    const full = group.filter((p) => p.parsed.given.length > 0);
    for (const p of group) {
      const fits = p.parsed.given.length === 0 ? full.filter((f) => samePerson(f.parsed, p.parsed)) : [];
      const into = fits.length === 1 ? fits[0]! : p;
      people.set(p, into);
      if (into !== p) for (const f of p.forms) into.forms.add(f);
    }
  }

  // Across articles, by family name: the named in full first, the fuller and earlier first.
  const bySurname = new Map<string, DocPerson[]>();
  for (const p of new Set(people.values())) push(bySurname, p.parsed.surname, p);
  const parsed = new Map<string, PersonName | null>();
  const parse = (form: string) => {
    if (!parsed.has(form)) parsed.set(form, parsePersonName(form));
    return parsed.get(form)!;
  };
  const personOf = new Map<DocPerson, number>();
  for (const [surname, group] of bySurname) {
    const full = group
      .filter((p) => p.parsed.given.some((g) => g.length > 1))
      .sort((a, b) => b.parsed.given.length - a.parsed.given.length || a.first - b.first);
    const initials = group.filter((p) => p.parsed.given.length > 0 && p.parsed.given.every((g) => g.length === 1));
    const bare = group.filter((p) => p.parsed.given.length === 0);
    // Each person's distinct names (a name placed once places every article that prints it) and articles.
    const clusters: { names: Map<string, PersonName>; people: DocPerson[] }[] = [];
    const clusterOf = new Map<string, number>();
    // A name joins the one person whose every name it fits; fitting none or two, it is a person of its own.
    const place = (p: DocPerson) => {
      let k = clusterOf.get(p.name);
      if (k === undefined) {
        const fits = clusters.flatMap((c, at) =>
          [...c.names.values()].every((q) => samePerson(p.parsed, q)) ? [at] : [],
        );
        k = fits.length === 1 ? fits[0]! : clusters.push({ names: new Map(), people: [] }) - 1;
        clusters[k]!.names.set(p.name, p.parsed);
        clusterOf.set(p.name, k);
      }
      clusters[k]!.people.push(p);
    };
    for (const p of full) place(p);
    for (const p of initials) place(p);
    const heads = clusters.map((c) => {
      const forms = new Set(c.people.flatMap((p) => [...p.forms]));
      return titleHeads([...forms].map(parse).filter((n): n is PersonName => n !== null && n.given.length > 0));
    });
    const named = clusters.length;
    let alone: DocPerson[] | null = null;
    for (const p of bare) {
      let fits = clusters.slice(0, named).map((_, k) => k);
      if (fits.length > 1) {
        // The article's own words may say which one: an honorific's gender, a title only one of them has.
        const forms = [...p.forms].map(parse).filter((n): n is PersonName => n !== null);
        const gender = forms.map((n) => n.gender).find((g) => g !== null) ?? null;
        if (gender)
          fits = fits.filter((k) => [...clusters[k]!.names.values()].every((q) => (genderOf(q) ?? gender) === gender));
        const mine = titleHeads(forms);
        if (fits.length > 1 && mine.size > 0) fits = fits.filter((k) => [...mine].some((t) => heads[k]!.has(t)));
      }
      if (fits.length === 1) clusters[fits[0]!]!.people.push(p);
      else if (alone) alone.push(p);
      else {
        // No one, or more than one, of that name in full: the family name alone is a speaker of its own.
        alone = [p];
        clusters.push({ names: new Map(), people: alone });
      }
    }
    for (const [k, c] of clusters.entries()) {
      const id = identity(`person::${surname}:${k}`, 'person', nameOf(c.people));
      for (const p of c.people) personOf.set(p, id);
    }
  }

  occ.forEach((o, i) => {
    const p = docPersonOf.get(i);
    if (p) of[i] = personOf.get(people.get(p)!)!;
    if (of[i]! < 0 || !o.named) return;
    const forms = identities[of[i]!]!.forms;
    const printed = p ? [...p.forms] : [o.named.name, ...o.named.aliases];
    for (const form of printed) {
      const docs = forms.get(form) ?? new Set<number>();
      docs.add(o.doc);
      forms.set(form, docs);
    }
  });
  return { identities, of };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The name to show for a person: the fullest the articles give, among those most articles give. */
function nameOf(people: DocPerson[]): string {
  const count = new Map<string, { docs: Set<number>; parts: number; first: number }>();
  for (const p of people) {
    const c = count.get(p.name) ?? { docs: new Set(), parts: p.parsed.given.length, first: p.first };
    c.docs.add(p.doc);
    c.first = Math.min(c.first, p.first);
    count.set(p.name, c);
  }
  const called = (n: number) => (n > 0 ? 1 : 0);
  return [...count].sort(
    ([, a], [, b]) =>
      called(b.parts) - called(a.parts) || b.docs.size - a.docs.size || b.parts - a.parts || a.first - b.first,
  )[0]![0];
}
