// `npm run eval:speakers -- INDEX [--list]`: how an index holds its speakers and their quotations across
// outlets. Counts the entries that more than one document (and more than one outlet) reports, the speakers
// with aliases, the entries whose outlets name different speakers; and estimates the split identities (one
// person as two speakers) with a test looser than the index's own: two speakers of one family name that
// go by the same given name, or one whose given names end the other's, or a family name alone beside the
// one person the index names in full by it. `--list` prints each suspected split, to check by hand.

import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { type IndexSpeaker, parseIndexText } from '../index/schema';
import { parsePersonName } from '../text/person-name';

const { values, positionals } = parseArgs({
  options: { list: { type: 'boolean', default: false } },
  allowPositionals: true,
});
if (positionals.length !== 1) {
  console.error('usage: npm run eval:speakers -- INDEX [--list]');
  process.exit(2);
}
const read = parseIndexText(readFileSync(positionals[0]!, 'utf8'));
if (!read.ok) {
  console.error(`${positionals[0]}: ${read.reason}`);
  process.exit(2);
}
const index = read.index;
const outlet = new Map(index.documents.map((d) => [d.id, d.publication ?? d.id]));

const manyDocs = index.quotes.filter((q) => new Set(q.sources.map((s) => s.doc)).size > 1).length;
const manyOutlets = index.quotes.filter((q) => new Set(q.sources.map((s) => outlet.get(s.doc))).size > 1).length;
const kind = new Map(index.speakers.map((s) => [s.id, s.kind]));
const disputed = index.quotes.filter(
  (q) =>
    new Set(q.sources.flatMap((s) => (s.speaker && kind.get(s.speaker) !== 'description' ? [s.speaker] : []))).size > 1,
).length;
const people = index.speakers.filter((s) => s.kind === 'person');
const attributed = index.speakers.filter((s) => s.kind !== 'description');
const withAliases = attributed.filter((s) => s.aliases.length > 0).length;

// Suspected splits, person speakers by family name.
const bySurname = new Map<string, { speaker: IndexSpeaker; given: string[] }[]>();
for (const speaker of people) {
  const name = parsePersonName(speaker.name);
  if (!name) continue;
  bySurname.set(name.surname, [...(bySurname.get(name.surname) ?? []), { speaker, given: name.given }]);
}
const splits: string[][] = [];
let ambiguous = 0;
for (const group of bySurname.values()) {
  if (group.length < 2) continue;
  const called = (g: string[]) => g.find((p) => p.length > 1) ?? null;
  const full = group.filter((p) => called(p.given));
  const byCalled = new Map<string, string[]>();
  for (const p of full) byCalled.set(called(p.given)!, [...(byCalled.get(called(p.given)!) ?? []), p.speaker.name]);
  for (const names of byCalled.values()) if (names.length > 1) splits.push(names);
  // A name whose given names end another's ("Bambang Soelistyo", "Henry Bambang Soelistyo").
  for (const a of full)
    for (const b of full) {
      const tail = b.given.slice(b.given.length - a.given.length);
      if (
        a.given.length < b.given.length &&
        tail.every((g, i) => g === a.given[i]) &&
        called(a.given) !== called(b.given)
      )
        splits.push([b.speaker.name, a.speaker.name]);
    }
  const rest = group.filter((p) => !called(p.given)).map((p) => p.speaker.name);
  if (rest.length === 0) continue;
  if (full.length === 1) splits.push([full[0]!.speaker.name, ...rest]);
  else if (full.length > 1) ambiguous += rest.length;
}
const split = splits.reduce((n, names) => n + names.length - 1, 0);

const pct = (n: number, of: number) => `${((100 * n) / Math.max(1, of)).toFixed(1)} %`;
console.log(`entries                          ${index.quotes.length}`);
console.log(`  reported by >1 document        ${manyDocs}`);
console.log(`  reported by >1 outlet          ${manyOutlets}`);
console.log(`  outlets name different speakers ${disputed}`);
console.log(`attributed speakers (not descriptions) ${attributed.length}, of them people ${people.length}`);
console.log(`  with aliases                   ${withAliases}`);
console.log(
  `  with forms seen in >1 document ${attributed.filter((s) => new Set(s.forms.flatMap((f) => f.docs)).size > 1).length}`,
);
console.log(`suspected split identities       ${split} (${pct(split, attributed.length)} of attributed speakers)`);
console.log(`  family name alone beside two or more people of it: ${ambiguous}`);
if (values.list) for (const names of splits) console.log(`  split: ${names.join(' | ')}`);
