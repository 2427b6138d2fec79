// Words that attribution rules recognise: the one lexicon of the English rules (the clause grammar, the cue
// rules, phrases, shapes and reported speech read their word lists here; German's and the Romance languages'
// words live in their own modules). Kept as plain word lists so that a rule reads as the news sentence it
// describes; every list is lower-case unless it says otherwise. What a general English lexicon knows of a word
// comes from the wink-lexicon data package (see data/generate.ts).

import english from './data/english.json';
import { ROMANCE_VERBS } from './romance-verbs';

export type VerbForm = 'finite' | 'participle' | 'base';

/** Verbs of saying, by lemma; regular forms are derived, irregular ones listed. */
const REGULAR_VERBS =
  'add state explain note argue ask reply respond continue insist warn claim declare announce recall observe ' +
  'acknowledge admit concede agree urge suggest predict testify tweet post email text shout yell whisper caution ' +
  'complain remark counter contend maintain emphasize emphasise stress conclude joke quip laugh sigh boast vow ' +
  'promise pledge assert allege confirm deny report reiterate answer demand plead mention recount exclaim scoff ' +
  'muse wonder query estimate charge lament reason reflect mutter murmur cry scream thunder grumble marvel ' +
  'interject chime concur object protest retort rejoin stammer gush rave boast insist propose advise inform ' +
  'assure reassure disclose reveal repeat bark shrug smile offer elaborate clarify specify acknowledge recommend ' +
  'predict forecast theorize speculate concede summarize quote cite preach proclaim lecture brag remember chant ' +
  'reminisce gripe fume rant plead scold needle tease taunt gloat crow boast whine snipe sneer bemoan ponder ' +
  'opine posit rail affirm talk comment confess surmise exhort mock question beam react blare';
const IRREGULAR: Record<string, string[]> = {
  say: ['said', 'says', 'say', 'saying'],
  tell: ['told', 'tells', 'tell', 'telling'],
  write: ['wrote', 'writes', 'write', 'writing', 'written'],
  speak: ['spoke', 'speaks', 'speak', 'speaking', 'spoken'],
  tweet: ['tweeted', 'tweets', 'tweet', 'tweeting'],
  testify: ['testified', 'testifies', 'testify', 'testifying'],
  reply: ['replied', 'replies', 'reply', 'replying'],
  deny: ['denied', 'denies', 'deny', 'denying'],
  cry: ['cried', 'cries', 'cry', 'crying'],
  query: ['queried', 'queries', 'query', 'querying'],
  snap: ['snapped', 'snaps', 'snap', 'snapping'],
  quip: ['quipped', 'quips', 'quip', 'quipping'],
  sob: ['sobbed', 'sobs', 'sob', 'sobbing'],
  admit: ['admitted', 'admits', 'admit', 'admitting'],
  rebut: ['rebutted', 'rebuts', 'rebut', 'rebutting'],
  read: ['read', 'reads', 'read', 'reading'],
  sing: ['sang', 'sings', 'sing', 'singing'],
};

const VERB_FORMS = new Map<string, VerbForm>();
for (const lemma of REGULAR_VERBS.split(' ')) {
  if (IRREGULAR[lemma]) continue;
  const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
  VERB_FORMS.set(lemma.endsWith('e') ? `${lemma}d` : `${lemma}ed`, 'finite');
  VERB_FORMS.set(/(?:s|sh|ch|x)$/.test(lemma) ? `${lemma}es` : `${lemma}s`, 'finite');
  VERB_FORMS.set(`${stem}ing`, 'participle');
  VERB_FORMS.set(lemma, 'base');
}
for (const forms of Object.values(IRREGULAR)) {
  for (const [k, f] of forms.entries()) VERB_FORMS.set(f, f.endsWith('ing') ? 'participle' : k < 2 ? 'finite' : 'base');
}

// Beyond English: the commonest reporting verbs of German news, and those of French, Spanish and Portuguese
// (romance-verbs.ts). Every form listed reads as finite: a past participle after its auxiliary ("a déclaré",
// "ha dicho") is the clause's verb.
const FOREIGN_VERBS = [
  'sagte sagt sagten sagen erklärte erklärt erklärten betonte betont meinte meint schrieb schreibt warnte warnt ' +
    'kritisierte kritisiert forderte fordert fragte fragt antwortete antwortet ergänzte ergänzt bekräftigte ' +
    'versicherte gesagt',
  ...Object.values(ROMANCE_VERBS).map((forms) => [...forms].join(' ')),
].join(' ');
const FOREIGN_FORMS = new Set(FOREIGN_VERBS.split(' ').filter((form) => !VERB_FORMS.has(form)));
for (const form of FOREIGN_FORMS) VERB_FORMS.set(form, 'finite');

/** Is this a reporting verb of another language than English ("déclaré", "dijo")? */
export const foreignVerb = (word: string) => FOREIGN_FORMS.has(word.toLowerCase());

/** Foreign reporting verbs of two words, by their first: French "faire valoir" (to argue), "fait valoir". */
export const FOREIGN_PHRASAL: Record<string, string> = { fait: 'valoir' };

/** Auxiliaries before a foreign past participle: "a déclaré", "ha dicho", "hat gesagt". */
export const FOREIGN_AUXILIARIES = new Set('a avait ont ha han había hat hatte haben tem tinha têm'.split(' '));

/** The form of a verb of saying, or undefined when the word is not one. */
export function verbForm(word: string): VerbForm | undefined {
  return VERB_FORMS.get(word.toLowerCase());
}

/**
 * A French inversion of verb and subject in one token, "dit-il", "a-t-elle", "ajoute-t-il": the verb and
 * the pronoun's gender, or null.
 */
export function inversion(word: string): { verb: string; gender: 'm' | 'f' | 'p' } | null {
  const m = /^(\p{L}+)-(?:t-)?(il|elle|ils|elles)$/u.exec(word.toLowerCase());
  if (!m) return null;
  return { verb: m[1]!, gender: m[2] === 'il' ? 'm' : m[2] === 'elle' ? 'f' : 'p' };
}

/**
 * Words that introduce a source, as "according to" does: selon, d’après, según, segundo, de acordo com,
 * laut. Each as its tokens, lower-case.
 */
export const ACCORDING_TO: string[][] = [
  ['according', 'to'],
  ['selon'],
  ["d'", 'après'],
  ['d’', 'après'],
  ['según'],
  ['segundo'],
  ['de', 'acordo', 'com'],
  ['laut'],
  ['conforme'],
];

/** Verbs that attribute only with a particle: "went on", "pointed out". */
export const PHRASAL_VERBS: Record<string, string> = {
  went: 'on',
  goes: 'on',
  going: 'on',
  pointed: 'out',
  points: 'out',
  pointing: 'out',
  spelled: 'out',
  weighed: 'in',
  chimed: 'in',
  broke: 'in',
  shot: 'back',
  fired: 'back',
  hit: 'back',
  pushed: 'back',
};

/** Verbs of saying that are also common verbs in other senses; they attribute only next to a quotation. */
export const WEAK_VERBS = new Set([
  'post',
  'posts',
  'posted',
  'posting',
  'text',
  'continue',
  'continues',
  'continued',
  'continuing',
  'charge',
  'charged',
  'charges',
  'answer',
  'answered',
  'offer',
  'offered',
  'offers',
  'smile',
  'smiled',
  'laugh',
  'laughed',
  'shrug',
  'shrugged',
  'cry',
  'cried',
  'repeat',
  'repeated',
  'estimate',
  'estimated',
  'object',
  'protest',
  'counter',
  'countered',
  'reason',
  'reflect',
  'reflected',
  'propose',
  'proposed',
  'advise',
  'advised',
  'inform',
  'informed',
  'wonder',
  'wondered',
  'promise',
  'promised',
  'promises',
  'pledge',
  'pledged',
  'pledges',
  'vow',
  'vowed',
  'vows',
  'deny',
  'denied',
  'denies',
  'report',
  'reports',
  'reporting',
  'read',
  'reads',
  'reading',
  'sing',
  'sang',
  'sings',
  // Nouns as often as verbs: "member states", "a private email", "maintains a program", "reflects the pace".
  'state',
  'states',
  'email',
  'emails',
  'e-mail',
  'tweet',
  'reflects',
  'maintain',
  'maintains',
  'maintained',
  'comment',
  'comments',
  'question',
  'questions',
  'questioned',
  'beam',
  'beams',
  'beamed',
  'react',
  'reacts',
  'reacted',
  'blare',
  'blares',
  'blared',
  'mock',
  'mocks',
]);

/** Verbs of thinking: they report what someone holds, so a partial quotation in their clause is the thinker's. */
export const COGNITION_VERBS = new Set(
  (
    'think thinks thought believe believes believed feel feels felt hope hopes hoped fear fears feared worry worries ' +
    'worried expect expects expected consider considers considered see sees saw view views viewed regard regards ' +
    'regarded know knows knew argue'
  ).split(' '),
);

/** Nouns for what someone said, whose owner said the quotation after them: "Trump’s claim of “…”". */
export const SPEECH_NOUNS = new Set(
  (
    'claim claims statement statements remark remarks comment comments words call calls promise promises pledge ' +
    'warning vow assertion assertions message plea demand argument accusation accusations charge insistence ' +
    'suggestion prediction criticism response reply answer retort quip joke boast declaration admission ' +
    'characterization description tweet tweets post speech testimony question questions description refrain mantra'
  ).split(' '),
);

/** Verbs that put words in someone's mouth only with a quotation at hand: "Bush called Trump “unhinged.”" */
export const CHARACTERIZING_VERBS = new Set(
  (
    'call calls called calling describe describes described describing label labels labeled labelled branded brand ' +
    'term termed dub dubbed slam slams slammed blast blasts blasted praise praises praised accuse accuses accused ' +
    'decry decries decried denounce denounces denounced condemn condemns condemned hail hails hailed tout touts touted ' +
    'dismiss dismisses dismissed characterize characterized characterise characterised mock mocks mocked ' +
    'ridicule ridiculed criticize criticized criticise criticised attack attacks attacked lambast lambasted ' +
    'deride derided applaud applauded welcome welcomed urge urged demand demanded promise promised pledge pledged ' +
    'vow vowed insist insisted refer referred dismissed'
  )
    .split(' ')
    .flatMap((w) => [w, `${w.replace(/e$/, '')}ing`, `${w}ing`]),
);

/** Words that may stand between a speaker and a verb: "Adams also said", "Sessions has repeatedly warned". */
export const VERB_MODIFIERS = new Set(
  (
    'also later then recently once previously earlier often repeatedly further simply flatly bluntly quickly ' +
    'publicly privately again still frequently has have had would will could might may did does do is was were ' +
    'been be being reportedly allegedly subsequently initially ultimately last week month year yesterday today ' +
    'tonight separately jokingly angrily calmly quietly firmly not never now even'
  ).split(' '),
);

/** Time words that follow a verb of saying: "said Monday", "said on Tuesday", "said last week". */
export const TIME_WORDS = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday yesterday today tonight recently later earlier ' +
    'afterward afterwards morning afternoon evening night week month year weekend'
  ).split(' '),
);

/** Settings a verb of saying is spoken in: "said in a statement", "told reporters", "wrote on Twitter". */
export const SETTING_WORDS = new Set(
  (
    'in on at during after before to for through via with from by while late early last this that a an the ' +
    'statement interview email e-mail letter post tweet video conference call briefing speech hearing ' +
    'testimony release press news radio television tv podcast phone telephone remarks reporters journalists ' +
    'twitter facebook instagram x social media blog court filing documents report op-ed column address ' +
    'rally meeting session event ceremony broadcast appearance message memo note one'
  ).split(' '),
);

export const PRONOUNS: Record<string, 'm' | 'f' | 'p' | 'n' | 'self'> = {
  he: 'm',
  she: 'f',
  they: 'p',
  we: 'p',
  it: 'n',
  i: 'self',
};

/**
 * Subject pronouns of German, French, Spanish and Portuguese. Read only in lower case, or capitalised before a
 * word in lower case, so that "Ella Fitzgerald" stays a name.
 */
export const FOREIGN_PRONOUNS: Record<string, 'm' | 'f' | 'p'> = {
  er: 'm',
  sie: 'f',
  il: 'm',
  elle: 'f',
  ils: 'p',
  elles: 'p',
  // French stressed forms, after a preposition: "selon lui", "pour eux" ("elle" serves both).
  lui: 'm',
  eux: 'p',
  él: 'm',
  ella: 'f',
  ellos: 'p',
  ellas: 'p',
  ele: 'm',
  ela: 'f',
  eles: 'p',
  elas: 'p',
};

/** Capitalised words that begin a sentence or a phrase but never a name. */
let notNames: Set<string> | null = null;
let plurals: Set<string> | null = null;

/** A word that is never a noun or an adjective (a verb, adverb, modal or function word): "Ask", "Would", "Here". */
export function neverNominal(word: string): boolean {
  notNames ??= new Set(english.notNames.split(' '));
  return notNames.has(word.toLowerCase());
}

/** A word that is only ever a plural noun: "Teachers", "Critics". */
export function onlyPlural(word: string): boolean {
  plurals ??= new Set(english.plurals.split(' '));
  return plurals.has(word.toLowerCase());
}

let adjectives: Set<string> | null = null;

/** A word that is only ever an adjective: "new", "original", "rhetorical". */
export function onlyAdjective(word: string): boolean {
  adjectives ??= new Set(english.adjectives.split(' '));
  return adjectives.has(word.toLowerCase());
}

let personNouns: Set<string> | null = null;
let groupNouns: Set<string> | null = null;

/**
 * What a common noun stands for: a person ("actress", "son"), a body ("agency", "team", and of the nouns for
 * either, an organisation's: "company"), or neither ("executive" may be either).
 */
export function nounFor(word: string): 'person' | 'group' | null {
  personNouns ??= new Set(english.personNouns.split(' '));
  groupNouns ??= new Set(english.groupNouns.split(' '));
  const w = word.toLowerCase();
  return personNouns.has(w) ? 'person' : groupNouns.has(w) || ORG_WORDS.has(w) ? 'group' : null;
}

let personSenses: Set<string> | null = null;

/**
 * Can a common noun stand for a person, if only in one of its senses ("star", "host", "head" as well as
 * "actress")? Also a compound the lexicon does not know whose last part is a person's ("radioastronomer").
 */
export function personSense(word: string): boolean {
  personSenses ??= new Set(english.personSenses.split(' '));
  const w = word.toLowerCase();
  if (nounFor(w) === 'person' || personSenses.has(w)) return true;
  for (let k = 1; k <= w.length - 5; k++) if (nounFor(w.slice(k)) === 'person') return true;
  return false;
}

export const NON_NAME_CAPITALS = new Set(
  (
    'The A An On In At But And Or So Yet For With After Before When While As If Then Meanwhile Also However Still ' +
    'Later Earlier Today Tonight Yesterday Now There This That These Those His Her Their Its Our My Your It He She ' +
    'They We I You Some Many Most Several Both Each Every No Not Nor Because Although Though Since Until Unless ' +
    'Despite During Under Over About Against Among Between Into Through Without Within Like Just Even Only Such ' +
    'What Who Whom Whose Which Where Why How Asked Told Said According To From By Of Upon Unlike ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August ' +
    'September October November December Jan. Feb. Mar. Apr. Aug. Sept. Sep. Oct. Nov. Dec. ' +
    // Adverbs that open a sentence.
    'Recently Currently Previously Finally Separately Additionally Ultimately Initially Similarly Notably ' +
    'Importantly Specifically Eventually Originally Apparently Clearly Obviously Unfortunately Fortunately ' +
    'Interestingly Ironically Traditionally Historically Increasingly Publicly Privately Personally Politically ' +
    'Technically Basically Generally Typically Usually Frequently Occasionally Immediately Shortly Subsequently ' +
    'Consequently Accordingly Nationally Locally Overall Instead Indeed Perhaps Certainly Surely Again Already'
  ).split(' '),
);

/** Titles and role words that stand before a name ("Attorney General Jeff Sessions"); matched case-insensitively. */
export const TITLE_WORDS = new Set(
  (
    'president vice secretary attorney general deputy assistant associate acting chief justice judge senator sen. ' +
    'representative rep. congressman congresswoman governor gov. lt. lieutenant mayor commissioner director ' +
    'administrator ambassador minister prime chancellor speaker leader majority minority whip chairman chairwoman ' +
    'chair chairperson ceo cfo coo cto officer agent special supervisory inspector surgeon solicitor prosecutor ' +
    'district sheriff police detective det. del. sgt. sergeant capt. captain col. colonel maj. major gen. adm. admiral ' +
    'cmdr. commander cpl. corporal pvt. private professor prof. dr. doctor rev. reverend father pope bishop ' +
    'archbishop cardinal rabbi imam king queen prince princess sir dame lord lady coach manager spokesman ' +
    'spokeswoman spokesperson press counsel counselor adviser advisor trooper marshal superintendent supt. ' +
    'councilman councilwoman councilmember alderman delegate assemblyman assemblywoman state federal national ' +
    'u.s. us former acting interim executive senior junior lady attorney-general secretary-general ' +
    'vice-president founder co-founder owner partner analyst economist strategist researcher scientist ' +
    'spokesman pastor chaplain dean provost principal superintendent chef captain pilot nurse physician lawyer ' +
    'attorney defense prosecutor resident mr. mrs. ms. miss mx. president-elect premier chief-of-staff staff ' +
    'treasurer comptroller auditor clerk registrar board member head editor publisher correspondent reporter ' +
    'columnist anchor host producer author writer novelist poet activist organizer candidate nominee incumbent ' +
    'challenger official officials agent agents investigator investigators officer officers republican democrat ' +
    'democratic gop libertarian independent conservative liberal progressive ' +
    // German, French, Spanish, Portuguese
    'präsident präsidentin kanzler kanzlerin bundeskanzler bundeskanzlerin ministerin sprecher sprecherin ' +
    'bürgermeister bürgermeisterin abgeordnete abgeordneter vorsitzende vorsitzender chefin président présidente ' +
    'ministre porte-parole maire député députée sénateur sénatrice presidente presidenta ministro ministra portavoz ' +
    'alcalde alcaldesa diputado diputada senador senadora porta-voz prefeito prefeita deputado deputada ' +
    'governador governadora'
  ).split(' '),
);

/** German titles are compounds: "Wirtschaftsminister", "Außenministerin", "Regierungssprecher". */
export const TITLE_COMPOUND =
  /\p{L}{3,}(?:minister|ministerin|kanzler|kanzlerin|präsident|präsidentin|sprecher|sprecherin)$/iu;

/** Honorifics: stripped from a name, kept as a hint of gender. */
export const HONORIFICS: Record<string, 'm' | 'f' | null> = {
  'mr.': 'm',
  'mrs.': 'f',
  'ms.': 'f',
  // Without their period, as British English writes them.
  mr: 'm',
  mrs: 'f',
  ms: 'f',
  miss: 'f',
  'mx.': null,
  'dr.': null,
  'prof.': null,
  sir: 'm',
  dame: 'f',
};

/** Words that make a capitalised phrase an organisation rather than a person, wherever they stand in it. */
export const ORG_WORDS = new Set(
  (
    'department agency service unit company corporation association committee council university college school ' +
    'party ministry office bureau administration commission institute foundation group times journal news gazette ' +
    'tribune herald network police army navy senate congress parliament hospital league federation organization ' +
    'organisation fund trust project program programme enforcement initiative airport station market exchange ' +
    'magazine daily weekly radio television tv channel studio records airlines motors industries holdings partners ' +
    'securities systems technologies labs laboratory inc. inc corp. corp co. llc ltd plc democrat-gazette inquirer chronicle ' +
    'observer guardian telegraph examiner register courier sentinel dispatch bulletin monitor reuters associated ' +
    'press republic kingdom union states nations federal international coalition alliance club center centre'
  ).split(' '),
);

/** Words that end a place's name ("Silk Road", "Central Park") but are also surnames ("Anne Park"). */
export const PLACE_WORDS = new Set(
  (
    'road street avenue bay river mountain mountains lake park island islands county city state valley beach square ' +
    'bridge house court bank post star sun mail mirror express hall hill hills heights falls springs harbor harbour ' +
    'port point fields woods forest canyon creek desert sea ocean coast gulf strait peninsula plaza tower towers'
  ).split(' '),
);

/**
 * Places the news names often, which a pronoun never stands for ("she said" is not New York): states,
 * countries, regions, capitals and large cities. Lower-case, as a name's words joined by spaces.
 */
export const PLACE_NAMES = new Set([
  ...(
    'alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho ' +
    'illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi ' +
    'missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia ' +
    'wisconsin wyoming chicago houston phoenix philadelphia dallas boston seattle denver detroit atlanta miami ' +
    'baltimore cleveland pittsburgh minneapolis milwaukee charlotte orlando tampa sacramento manhattan brooklyn ' +
    'america britain england scotland ireland wales france germany italy spain portugal russia ukraine poland ' +
    'greece turkey israel iran iraq syria egypt libya yemen lebanon jordan afghanistan pakistan india china japan ' +
    'taiwan vietnam mexico canada cuba venezuela brazil argentina colombia chile peru nigeria kenya ethiopia ' +
    'europe asia africa australia london paris berlin moscow beijing tokyo brussels rome madrid jerusalem baghdad ' +
    'tehran damascus kabul istanbul'
  ).split(' '),
  ...(
    'new hampshire,new jersey,new mexico,new york,north carolina,north dakota,south carolina,south dakota,' +
    'rhode island,west virginia,puerto rico,los angeles,san francisco,san diego,san antonio,las vegas,new orleans,' +
    'salt lake city,kansas city,des moines,united states,united kingdom,great britain,south korea,north korea,' +
    'south africa,saudi arabia,new zealand,hong kong,middle east,latin america,european union,soviet union'
  ).split(','),
]);

/** Name particles that stay lower-case inside a name: Ludwig van Beethoven, Charles de Gaulle. */
export const NAME_PARTICLES = new Set(
  'de van von der den del della di da dos das du la le bin ibn al el ter ten zu y e'.split(' '),
);

export const NAME_SUFFIXES = new Set('Jr. Sr. II III IV Jr Sr'.split(' '));

/** Determiners that open a description of a speaker: "a spokesman", "the agency", "his lawyer". */
export const DETERMINERS = new Set(
  'a an the this that these those his her their its our my your another one two three several some many both each'.split(
    ' ',
  ),
);

/** Articles of German, French, Spanish and Portuguese: "der Minister", "le président", "el portavoz", "o ministro". */
export const FOREIGN_DETERMINERS = new Set(
  "der die das den dem des ein eine einen einem einer le la les l' l’ un une el los las una o os as um uma".split(' '),
);

/** Role nouns that make a description a speaker: "a White House spokesman said". */
export const SPEAKER_NOUNS = new Set(
  (
    'spokesman spokeswoman spokesperson spokespeople official officials source sources aide aides adviser advisers ' +
    'advisor advisors lawyer lawyers attorney attorneys representative representatives statement agency ' +
    'department ministry office police prosecutors prosecutor investigators investigator officers officer agent ' +
    'agents analyst analysts expert experts critics critic supporters supporter residents resident witness ' +
    'witnesses leader leaders report newspaper paper company firm campaign government administration court judge ' +
    'group organization organisation committee council board union party researchers researcher scientists ' +
    'economist economists authorities authority officials executive executives doctor doctors person people ' +
    'source manager director chief president secretary minister member members letter memo document documents ' +
    'study survey poll website site team coach parents mother father friend friends neighbor neighbors official ' +
    'voice account release ad advertisement editorial memo blog crowd audience fans protesters demonstrators voters ' +
    'candidate candidates delegate delegates donors activists organizers lawmakers legislators senator governor ' +
    'mayor congressman congresswoman businessman businesswoman mogul billionaire nominee frontrunner front-runner ' +
    'host anchor columnist writer author reporter commentator pundit pollster strategist consultant operative ' +
    'aide staffer supporter opponent rival veteran worker teacher student voter woman man speaker brief filing ' +
    'complaint lawsuit motion ruling opinion indictment affidavit petition questioner questioners ' +
    'caller callers commenter commenters user users viewer viewers reader readers listener listeners investigation ' +
    'probe inquiry review analysis audit narrator announcer clip video spot article story book column tweet tweets ' +
    'message'
  ).split(' '),
);

/** Title words that describe an office's kind or place rather than a person: "state", "former", "U.S.". */
const NOT_PERSONAL = new Set(
  'state federal national u.s. us former acting interim senior junior district board staff'.split(' '),
);
const COMPLEMENT_WORDS = /^(of|for|at|from|with|in|on|to|since|and|or|by)$/i;

/**
 * Does a role make its bearer a person: is its head a title or a noun for people ("director of the project",
 * "Sen.", "a Republican activist"), not a place's or a time's ("state on the calendar", "since 1969")? After a
 * full name ("Christyn Gionfriddo, a 2009 Centenary College graduate"), any noun phrase will do.
 */
export function personalRole(role: string, fullName: boolean): boolean {
  const words = role.split(/[\s,]+/).filter(Boolean);
  const cut = words.findIndex((w) => COMPLEMENT_WORDS.test(w));
  if (fullName) return true;
  const head = (cut < 0 ? words : words.slice(0, cut)).pop()?.toLowerCase();
  if (!head) return false;
  const singular = head.replace(/s$/, '');
  return [head, singular].some(
    (w) => (TITLE_WORDS.has(w) && !NOT_PERSONAL.has(w)) || (SPEAKER_NOUNS.has(w) && PERSON_NOUNS.test(w)),
  );
}
/** Speaker nouns that name people rather than bodies or documents. */
const PERSON_NOUNS =
  /^(?!(?:statement|agency|department|ministry|office|police|report|newspaper|paper|company|firm|campaign|government|administration|court|group|organization|organisation|committee|council|board|union|party|letter|memo|document|documents|study|survey|poll|website|site|team|voice|account|release|ad|advertisement|editorial|blog|crowd|audience)$)/;

/** Nouns for a woman or a man, so that "A 29-year-old Berlin woman … she wrote" agree. */
export const GENDERED_NOUNS: Record<string, 'm' | 'f'> = Object.fromEntries([
  ...'woman mother wife daughter sister girl grandmother lady widow actress congresswoman spokeswoman businesswoman chairwoman girlfriend mom aunt niece queen'
    .split(' ')
    .map((w) => [w, 'f'] as const),
  ...'man father husband son brother boy grandfather widower congressman spokesman businessman chairman boyfriend dad uncle nephew king'
    .split(' ')
    .map((w) => [w, 'm'] as const),
]);

/** Title words that modify the noun after them ("the progressive heavyweights", "a former aide") rather than head a phrase. */
export const MODIFIER_TITLES = new Set(
  'former acting interim senior junior state federal national executive conservative liberal progressive democratic republican independent u.s. us vice deputy assistant associate special supervisory chief general district'.split(
    ' ',
  ),
);

/** Prepositions that may join a complement to a noun phrase: "a spokesman for the agency". */
export const COMPLEMENT = new Set(['of', 'for', 'at', 'from', 'with']);

/** Prepositions of other languages that join a complement to a role: "le maire de Paris", "el portavoz del Gobierno". */
export const FOREIGN_COMPLEMENT = new Set(['de', 'du', 'des', 'del', 'da', 'do', 'von']);

/** Lower-case words that end a noun phrase. */
export const NOT_NP = new Set(
  (
    'of for at from with in on to by about after before during into over under than as like through against without within between ' +
    'among upon across toward towards and or but nor so yet if because although though while whereas unless until ' +
    'who whom whose which that where when why how what whether is are was were be been being am has have had do does ' +
    'did will would shall should can could may might must not no never there here then now also just only even ' +
    'very too still again already however said says say saying told tells telling it this himself herself themselves itself ' +
    // Past tenses that do not end in -ed, so that "the senator sought …" ends the phrase at "senator".
    'sought took made went came gave got saw put set let ran won lost left felt kept held brought thought found began ' +
    'became spent sent built paid met led stood understood wrote spoke knew grew threw drew flew chose rose fell hit ' +
    'cut quit sat fought caught taught bought meant heard dealt sold struck swore shook woke wore tore bore broke ' +
    'drove rode hid bit slid stuck hung dug spun sped fled lent bent shot lit fed dove'
  ).split(' '),
);

/** Pronouns and quantifiers that stand for nobody in particular: "Someone", "Another", "Few", "Others". */
export const NOBODY = new Set(
  'someone somebody anyone anybody everyone everybody nobody one another others few many some several all none both each'.split(
    ' ',
  ),
);

/**
 * Words that open no role: a conjunction, a preposition, an auxiliary, a pronoun ("and Thomas Jefferson", "at Fox
 * News", "Does DC Comics president").
 */
export const ROLE_OPENERS = new Set(
  (
    'and or but nor either neither see at for with from to than as if when while because after before in on by ' +
    'about into over under via like do does did is are was were has have had will would can could should may might must'
  ).split(' '),
);

/** Words that mark a role as another language's, whose jobs the lexicon does not know: "vicepresidenta del Gobierno". */
export const FOREIGN_ROLE_WORDS = new Set([
  ...FOREIGN_DETERMINERS,
  ...'del von vom zum zur de du des di da und et y que für bei'.split(' '),
]);

/** Possessives that open a tie the card cannot show ("his wife", "my friend": whose?). */
export const POSSESSIVES = new Set('his her their my our your its'.split(' '));

export const PREPOSITIONS = new Set('at on in during after before for with from by over about since'.split(' '));

/** Auxiliaries before a participle that make it the clause's verb: "Trump is telling supporters that …". */
export const AUXILIARIES = new Set(['is', 'was', 'are', 'were', 'been', 'be', 'has', 'have', 'had', 'keeps', 'kept']);

/** Lower-case words that cannot follow a subject as its verb. */
export const NOT_A_VERB = new Set(
  'of for at from with in on to by about after before during into over under than as like and or but the a an this that these those'.split(
    ' ',
  ),
);

/** Words after which a bare verb form is no finite verb. */
export const NOT_BEFORE_FINITE = new Set(
  'to that via by in on at of for with from about into over under through'.split(' '),
);

/** Titles as names abbreviate them, and the word a description uses for each. */
export const TITLE_ABBREVIATED: Record<string, string> = {
  sen: 'senator',
  rep: 'representative',
  gov: 'governor',
  gen: 'general',
  lt: 'lieutenant',
  pres: 'president',
  sec: 'secretary',
  atty: 'attorney',
  supt: 'superintendent',
  amb: 'ambassador',
  adm: 'admiral',
  col: 'colonel',
};

/** Words that open what is not a statement: "spoke to reporters", "asked whether", "told them to leave", "says is a lie". */
export const NOT_CONTENT = new Set(
  (
    'to about of on for with at in by from into over after before during as like than whether if how why what ' +
    'when where who whom which up out off back again then is was are were has have had will would can could ' +
    'should may might must does did'
  ).split(' '),
);

/** Words that open a setting after the verb ("said in a statement", "reported from Midway"): then only "that" opens a statement. */
export const SETTING_PREPOSITIONS = new Set([
  'in',
  'on',
  'at',
  'to',
  'from',
  'for',
  'with',
  'via',
  'by',
  'during',
  'after',
  'before',
  'through',
  'while',
]);

/** "The state had added the week": after an auxiliary, a verb that takes no "that" is seldom one of saying. */
export const BE_OR_HAVE = new Set(['has', 'had', 'have', 'is', 'was', 'are', 'were', 'been', 'be']);

/** Words before a verb that make the saying unreal or denied: "did not say", "would say", "declined to say". */
export const HEDGES = new Set([
  'not',
  "n't",
  'never',
  'would',
  'could',
  'might',
  'may',
  'will',
  'should',
  'must',
  'can',
  'to',
  'if',
  'whether',
]);

/** Verbs whose object comes before what was said: "told reporters (that) …", "assured voters …". */
export const OBJECT_VERBS =
  /^(?:tell|tells|told|assure|assures|assured|reassure|reassured|inform|informs|informed|remind|reminded|warn|warns|warned|advise|advised|promise|promised)$/;
