// A quotation as a reader cites it: “…” — Name, role (Outlet, date), from its first report.

export interface Citable {
  text: string;
  speaker: string | null;
  role: string | null;
  outlet: string | null;
  date: string | null;
}

export function citation(c: Citable): string {
  const who = c.speaker ? `${c.speaker}${c.role ? `, ${c.role}` : ''}` : 'speaker unknown';
  const where = [c.outlet ?? 'outlet unknown', c.date].filter(Boolean).join(', ');
  return `“${c.text}” — ${who} (${where})`;
}
