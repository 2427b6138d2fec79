// The commonest words of news English (function words and everyday verbs, nouns and adjectives). A match
// must rest on words outside this list: "we have to do a better job" is every reporter's sentence,
// "pouring fuel on the fire" is someone's.

const ENGLISH =
  'a about above across after again against ago all almost along already also although always am among an and ' +
  'another any anyone anything are around as ask asked at away back be became because become been before being ' +
  'believe best better between big both bring but by call came can cannot case come could day days did different ' +
  'do does doing done don’t down during each early either else end enough even ever every everyone everything ' +
  'far feel few find first for found from full get gets getting give given go goes going gone good got great had ' +
  'happen happened has have having he her here hers herself him himself his how however i if important in ' +
  'including instead into is isn’t it its itself job just keep kind know known last later least less let like ' +
  'likely little long look lot lots made make makes making man many may maybe me mean means men might more most ' +
  'much must my myself need needs never new next no none nor not nothing now of off often old on once one ones ' +
  'only or other others our ours ourselves out over own part people place point put quite rather really right ' +
  'said same saw say saying says see seen she should show side since so some someone something sometimes still ' +
  'such sure take taken taking tell than that the their theirs them themselves then there these they thing ' +
  'things think this those though thought through time times to today together too took toward try trying turn ' +
  'two under until up upon us use used very want wanted wants was way ways we well went were what whatever when ' +
  'where whether which while who whole whom whose why will with within without won’t work working world would ' +
  'year years yes yet you your yours yourself able actually already always anyway around believe certainly ' +
  'clear clearly course definitely done enough exactly far free given happy hard help here high hope issue ' +
  'issues kind least level life live lives matter mind moment most number obviously okay percent person problem ' +
  'problems question real reason simply situation sort start started states stop story talk talking thank thanks ' +
  'three true truly understand week whatever wrong yeah also another better done do going make way';

const words = ENGLISH.split(' ');
/** Folded forms (apostrophes dropped, as in foldWords). */
export const COMMON_WORDS: ReadonlySet<string> = new Set(words.map((w) => w.replace(/['’]/g, '')));
