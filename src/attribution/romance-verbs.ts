// Reporting verbs of French, Spanish and Portuguese news, conjugated by their regular patterns into the forms
// news writes them in: the present and the past of the third person ("déclare", "afirmó", "disse", "dijeron"),
// the imperfect ("expliquait", "decía"), and the past participle that follows an auxiliary ("a déclaré", "ha
// dicho", "tem dito"). Verbs whose forms are also common nouns ("cuenta", "conta", "lance") are left out.

/** Regular first-conjugation verbs (-er, -ar), by their infinitive. */
const FIRST = {
  fr:
    'déclarer affirmer ajouter expliquer souligner estimer assurer préciser lancer confier indiquer insister ' +
    'rappeler marteler déplorer raconter résumer regretter dénoncer plaider argumenter tempérer commenter ' +
    'témoigner avouer constater relever ironiser fustiger glisser détailler interroger questionner ' +
    'répliquer rétorquer objecter observer signaler juger rapporter',
  es:
    'afirmar asegurar declarar explicar señalar indicar agregar manifestar subrayar comentar insistir ' +
    'apuntar destacar recalcar remarcar precisar relatar confesar lamentar criticar denunciar reiterar ' +
    'zanjar espetar sentenciar apostillar ironizar rememorar deslizar abundar aclarar avisar alertar ' +
    'admitir reconocer sostener advertir recordar defender concluir añadir responder escribir preguntar ' +
    'exigir pedir opinar valorar considerar reprochar incidir resumir matizar argumentar puntualizar ' +
    'anunciar informar expresar replicar calificar',
  pt:
    'afirmar declarar explicar acrescentar ressaltar destacar garantir alertar avaliar ponderar observar ' +
    'apontar relatar lembrar relembrar completar concluir defender argumentar criticar comentar reforçar ' +
    'frisar salientar sustentar informar esclarecer escrever responder ressalvar enfatizar reiterar admitir ' +
    'reconhecer questionar pedir anunciar assegurar opinar considerar advertir',
} as const;

/** Irregular forms, as they are written. */
const IRREGULAR = {
  fr:
    'dit disent disait disaient écrit écrivait écrivent répond répondu répondait reconnaît reconnait reconnu ' +
    'conclut conclu poursuit poursuivi soutient soutenu admet admis avertit averti prévient prévenu ' +
    'reprend repris réagit réagi martèle martèlent',
  es:
    'dijo dice dicho decía dijeron dicen sostuvo sostiene sostenido advirtió advierte advertido pidió pide ' +
    'pidieron concluyó concluye reconoció reconoce recuerda recordó defiende defendió escribió escrito ' +
    'respondió responde admitió admite manifiesta describió describía describieron',
  pt:
    'disse diz dito dizia disseram dizem concluiu conclui pediu pede pediram escreveu escreve escrito ' +
    'respondeu responde reconheceu reconhece advertiu adverte',
} as const;

/**
 * Forms that are also common nouns or adjectives ("la denuncia", "o alerta", "le juge"), or English words
 * that the English rules would read as verbs ("describe", "replica"): they stay out.
 */
const NOUNS = {
  fr: 'juge',
  es: 'denuncia alerta pregunta precisa describe replica',
  pt: 'alerta completa garante',
} as const;

type Lang = keyof typeof FIRST;

/** The finite forms and the participle of a verb, by its conjugation in its language. */
function conjugate(lang: Lang, infinitive: string): string[] {
  const verb = infinitive.replace(/^s[’']/, '');
  const stem = verb.slice(0, -2);
  const ending = verb.slice(-2);
  if (lang === 'fr') {
    if (ending !== 'er') return [];
    // "lancer" → "lança", "juger" → "jugeait": the soft c and g keep their sound before a and o.
    const soft = stem.replace(/c$/, 'ç').replace(/g$/, 'ge');
    return [`${stem}e`, `${stem}ent`, `${stem}é`, `${soft}ait`, `${soft}aient`, `${soft}a`];
  }
  if (lang === 'es') {
    if (ending === 'ar') return [`${stem}ó`, `${stem}a`, `${stem}ado`, `${stem}aba`, `${stem}aron`, `${stem}an`];
    return [`${stem}ió`, `${stem}e`, `${stem}ido`, `${stem}ía`, `${stem}ieron`, `${stem}en`];
  }
  if (ending === 'ar') return [`${stem}ou`, `${stem}a`, `${stem}ado`, `${stem}ava`, `${stem}aram`, `${stem}am`];
  const past = ending === 'er' ? 'eu' : 'iu';
  return [`${stem}${past}`, `${stem}e`, `${stem}ido`, `${stem}ia`, `${stem}${ending[0]}ram`, `${stem}em`];
}

/** Every form of every reporting verb, by language. */
export const ROMANCE_VERBS: Record<Lang, Set<string>> = {
  fr: new Set<string>(),
  es: new Set<string>(),
  pt: new Set<string>(),
};
for (const lang of Object.keys(FIRST) as Lang[]) {
  for (const verb of FIRST[lang].split(' ')) for (const form of conjugate(lang, verb)) ROMANCE_VERBS[lang].add(form);
  for (const form of IRREGULAR[lang].split(' ')) ROMANCE_VERBS[lang].add(form);
  for (const noun of NOUNS[lang].split(' ')) ROMANCE_VERBS[lang].delete(noun);
}
