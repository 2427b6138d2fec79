// PolNeAR's attribution annotations, in brat standoff format: text-bound spans (Source, Cue, Content) and
// the events that tie them into attributions.

export interface BratSpan {
  type: string;
  /** UTF-16 offsets (brat counts code points; they differ only around astral characters). */
  ranges: [number, number][];
  text: string;
}

export interface BratAttribution {
  source: BratSpan | null;
  cue: BratSpan | null;
  content: BratSpan | null;
}

/** UTF-16 index of each code-point offset of a text. */
function codePointIndex(text: string): (cp: number) => number {
  const astral = [...text.matchAll(/[\u{10000}-\u{10FFFF}]/gu)].map((m) => m.index);
  if (astral.length === 0) return (cp) => cp;
  return (cp) => {
    let unit = cp;
    for (const at of astral) if (at < unit) unit++;
    return unit;
  };
}

export function parseBrat(ann: string, text: string): BratAttribution[] {
  const toUnit = codePointIndex(text);
  const spans = new Map<string, BratSpan>();
  const events: Record<string, string>[] = [];
  for (const line of ann.split('\n')) {
    const [id, body, surface] = line.split('\t');
    if (!id || !body) continue;
    if (id.startsWith('T')) {
      const [type, ...offsets] = body.split(' ');
      const ranges = offsets
        .join(' ')
        .split(';')
        .map((r) => r.trim().split(' ').map(Number).map(toUnit) as [number, number]);
      spans.set(id, { type: type!, ranges, text: surface ?? '' });
    } else if (id.startsWith('E')) {
      const roles: Record<string, string> = {};
      for (const part of body.split(' ')) {
        const [role, ref] = part.split(':');
        if (role && ref) roles[role] = ref;
      }
      events.push(roles);
    }
  }
  return events.map((e) => ({
    source: (e.Source && spans.get(e.Source)) || null,
    cue: (e.Cue && spans.get(e.Cue)) || null,
    content: (e.Content && spans.get(e.Content)) || null,
  }));
}
