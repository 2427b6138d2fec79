// Words for synthetic news: people, roles, outlets, and the stuff of quotations. Deterministic given a
// seed, so a benchmark or an evaluation reruns on the same data.

/** A small, fast, seedable PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
export const int = (r: () => number, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));

export const GIVEN_F =
  'Anne Maria Lisa Karen Helen Joan Ruth Emily Sarah Laura Nancy Diane Grace Olivia Rosa Fatima Elena Julia Megan Tanya Irene Paula Carmen Leah Nadia'.split(
    ' ',
  );
export const GIVEN_M =
  'Tom Paul Mark Richard Victor Omar Alan Ray David James Carlos Peter Samuel Hector Daniel Kevin Marcus Jerome Gordon Felix Ivan Neil Owen Simon Wade'.split(
    ' ',
  );
export const SURNAMES = (
  'Park Lopez Reilly Grant Wells Mills Brooks Tran Haddad Cho Owens Pike Hale Ortiz Adams Downing Odom Brokos Dunn Santos Cole ' +
  'Fischer Novak Keller Moreno Abbott Lindqvist Okafor Nakamura Petrov Rahman Delgado Whitaker Yoon Castillo Barnes Feld Ibarra ' +
  'Kowalski Mendes Osei Patel Quinn Rivera Sandoval Thorne Underwood Vance Walsh Xu Young Zamora Becker Carver Doyle Ellison Foley'
).split(' ');
export const TITLES = [
  'Mayor',
  'Senator',
  'Governor',
  'Police Chief',
  'Representative',
  'Judge',
  'Superintendent',
  'Commissioner',
  'Sheriff',
  'Attorney General',
  'Secretary of State',
  'Fire Chief',
];
export const APPOSITIVES = [
  'a spokeswoman for the county',
  'a spokesman for the state health department',
  'director of the regional water authority',
  'chief of the city’s housing office',
  'an economist at the state university',
  'president of the teachers union',
  'a member of the school board',
  'head of the port authority',
  'a lawyer for the families',
  'the hospital’s chief medical officer',
];
export const OUTLETS = [
  'The Valley Herald',
  'Riverside Courier',
  'The Morning Ledger',
  'Harbor City Times',
  'The Plains Tribune',
  'Lakeshore Daily News',
  'The Capital Gazette',
  'Northern Star Journal',
];
export const PLACES = [
  'SPRINGFIELD',
  'RIVERSIDE',
  'HARBOR CITY',
  'LAKESHORE',
  'FAIRVIEW',
  'GREENVILLE',
  'MADISON',
  'CLINTON',
];

/** Subjects, verbs and objects from which quotations are built; plenty of uncommon words, as real speech has. */
export const SUBJECTS = [
  'the council',
  'this administration',
  'our department',
  'the state',
  'every family in this county',
  'the new budget',
  'the water authority',
  'our teachers',
  'the federal government',
  'the bridge project',
  'the hospital',
  'our officers',
  'the pipeline',
  'the school board',
  'small businesses downtown',
  'the port',
  'the farmers in this valley',
  'the housing office',
  'the flood plan',
  'the transit agency',
];
export const VERBS = [
  'will not abandon',
  'cannot afford to ignore',
  'has failed to protect',
  'must rebuild',
  'is determined to finish',
  'will fight to keep',
  'refuses to sacrifice',
  'has quietly expanded',
  'is prepared to defend',
  'will audit',
  'intends to modernize',
  'has betrayed',
  'will never privatize',
  'should have inspected',
  'is ready to replace',
  'has underfunded',
  'will investigate',
  'promises to restore',
];
export const OBJECTS = [
  'the riverfront neighborhoods',
  'the emergency shelters',
  'the aging reservoirs',
  'the night bus routes',
  'the rural clinics',
  'the pension fund',
  'the public libraries',
  'the wetlands north of the highway',
  'the volunteer fire companies',
  'the ferry terminal',
  'the apprenticeship program',
  'the lead pipes under Main Street',
  'the harbor dredging contract',
  'the vaccine clinics',
  'the affordable housing lottery',
  'the downtown parking garages',
  'the drought reserves',
  'the coastal levees',
  'the union contracts',
  'the broadband expansion',
  'the juvenile courts',
  'the tenant protections',
  'the snowplow fleet',
  'the orchard growers',
];
export const CODAS = [
  'and we will not apologize for that',
  'no matter what the critics say',
  'before the first frost arrives',
  'while the lawsuits drag on',
  'because the numbers simply do not add up',
  'until every family has clean water',
  'even if it costs us the election',
  'and the voters deserve to know why',
  'as long as I hold this office',
  'starting with the poorest districts',
  'within the next eighteen months',
  'after years of neglect and broken promises',
  'without raising a single tax',
  'despite the objections from Washington',
];
export const NARRATIVE = [
  'The measure passed after a long debate that stretched past midnight.',
  'Officials have struggled for years to balance the competing demands on the budget.',
  'The proposal drew hundreds of residents to a packed public hearing on Tuesday.',
  'Critics say the plan relies on optimistic revenue projections.',
  'The state has set aside money for the first phase of the work.',
  'Construction is expected to begin in the spring if permits are approved.',
  'The agency did not respond to a request for comment on the report.',
  'Several neighboring towns are watching the outcome closely.',
  'A final vote is scheduled for next month.',
  'The figures were released in a report on Monday.',
];
