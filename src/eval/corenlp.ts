// CoreNLP's coreference chains, as PolNeAR ships them: used to say whom an annotated pronoun source ("he
// said") refers to, independently of our own resolution.

interface Mention {
  start: number;
  end: number;
  text: string;
  representative: boolean;
}

export type Chains = Mention[][];

/** Chains from a CoreNLP XML file, with character offsets. */
export function parseCoref(xml: string): Chains {
  // Token offsets by sentence and token number.
  const offsets = new Map<string, [number, number]>();
  for (const s of xml.matchAll(/<sentence id="(\d+)"[^>]*>([\s\S]*?)<\/sentence>/g)) {
    for (const t of s[2]!.matchAll(
      /<token id="(\d+)">[\s\S]*?<CharacterOffsetBegin>(\d+)<\/CharacterOffsetBegin>\s*<CharacterOffsetEnd>(\d+)<\/CharacterOffsetEnd>/g,
    )) {
      offsets.set(`${s[1]}:${t[1]}`, [Number(t[2]), Number(t[3])]);
    }
  }
  const block = /<coreference>\s*(<coreference>[\s\S]*)<\/coreference>\s*<\/document>/.exec(xml)?.[1] ?? '';
  const chains: Chains = [];
  for (const c of block.matchAll(/<coreference>([\s\S]*?)<\/coreference>/g)) {
    const mentions: Mention[] = [];
    for (const m of c[1]!.matchAll(
      /<mention( representative="true")?>\s*<sentence>(\d+)<\/sentence>\s*<start>(\d+)<\/start>\s*<end>(\d+)<\/end>[\s\S]*?<text>([\s\S]*?)<\/text>/g,
    )) {
      const first = offsets.get(`${m[2]}:${m[3]}`);
      const last = offsets.get(`${m[2]}:${Number(m[4]) - 1}`);
      if (first && last)
        mentions.push({ start: first[0], end: last[1], text: unescapeXml(m[5]!), representative: !!m[1] });
    }
    if (mentions.length > 0) chains.push(mentions);
  }
  return chains;
}

function unescapeXml(s: string): string {
  return s
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");
}

/**
 * What a span refers to: its chain's representative mention first, then the chain's other named mentions
 * (CoreNLP's chains are sometimes wrong about which mention represents them).
 */
export function referents(chains: Chains, start: number, end: number): string[] {
  for (const chain of chains) {
    if (!chain.some((m) => m.start < end && start < m.end)) continue;
    const named = chain.filter((m) => /\p{Lu}/u.test(m.text) && !/^(He|She|They|His|Her|Their|I|We|It)\b/.test(m.text));
    const first =
      chain.find((m) => m.representative && named.includes(m)) ?? named[0] ?? chain.find((m) => m.representative);
    return [...new Set([first, ...named].filter((m) => m !== undefined).map((m) => m.text))];
  }
  return [];
}
