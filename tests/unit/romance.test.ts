// French, Spanish and Portuguese attribution (src/attribution/romance.ts, romance-verbs.ts): real-looking news
// sentences, each for one rule.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/attribution/extract';
import { describedPerson, fullestName, givenGender, romanceBody, romanceName } from '../../src/attribution/romance';
import { ROMANCE_VERBS } from '../../src/attribution/romance-verbs';

/** Each quotation's words (their start) and its speaker's name, or null. */
function said(text: string, lang: string): [string, string | null][] {
  return extract(text, undefined, lang).quotes.map((q) => [q.text.slice(0, 20), q.speaker?.name ?? null]);
}

describe('French', () => {
  it('reads the subject after the verb, and the name the title is given ("a affirmé le ministre …, X")', () => {
    const text =
      'Le ministre s’est rendu mardi sur le front, lors d’une inspection des forces russes dans la région de ' +
      'Koursk.\n\n«Nous avons pratiquement fait échouer toute leur campagne pour 2025», a affirmé le ministre ' +
      'russe de la Défense, Andreï Belooussov, selon une vidéo diffusée par l’armée russe.';
    expect(said(text, 'fr')).toEqual([['Nous avons pratiquem', 'Andreï Belooussov']]);
  });

  it('takes « … » with inner spaces and "a-t-elle estimé" after them', () => {
    const text =
      'Christine Lagarde, directrice générale du Fonds monétaire international, a jugé ' +
      'mardi que les tensions commerciales entre la Chine et les Etats-Unis devaient s’apaiser : « Elles ' +
      'représentent une menace sur l’économie mondiale », a-t-elle estimé.';
    expect(said(text, 'fr')).toEqual([['Elles représentent u', 'Christine Lagarde']]);
  });

  it('reads the subject after a setting that opens the sentence ("Depuis Washington, Christine Lagarde, …")', () => {
    const text =
      'Le commissaire Valdis Dombrovskis a appelé à la prudence.\n\nDepuis Washington, Christine Lagarde, ' +
      'directrice générale du FMI, a elle aussi jugé mardi que les tensions devaient s’apaiser : « Elles ' +
      'représentent une menace sur l’économie mondiale », a-t-elle estimé.';
    expect(said(text, 'fr')).toEqual([['Elles représentent u', 'Christine Lagarde']]);
  });

  it('names no one by "M." or "Mme", but the person the article named in full', () => {
    const text =
      'La Russie a besoin de migrants, a déclaré le porte-parole du Kremlin, Dmitri Peskov, dans une ' +
      'interview publiée vendredi.\n\n«Les migrants, c’est un besoin», a affirmé M. Peskov.';
    expect(said(text, 'fr')).toEqual([['Les migrants, c’est ', 'Dmitri Peskov']]);
  });

  it('reads "confie-t-elle" as the woman the article named, not the union she leads nor a man', () => {
    const text =
      'Reçue mardi à l’Elysée, Sophie Binet, la secrétaire générale de la CGT, a exposé ses revendications. ' +
      'Pour ce tête-à-tête, Mme Binet est arrivée avec son ordre du jour. La CGT a publié un communiqué. ' +
      'Emmanuel Macron l’a écoutée.\n\n« Je me suis adressée à lui avec gravité », confie-t-elle.';
    expect(said(text, 'fr')).toEqual([['Je me suis adressée ', 'Sophie Binet']]);
  });

  it('reads a description no title names as the woman the passage is about ("Pour la syndicaliste, …")', () => {
    const text =
      'Sophie Binet, secrétaire générale de la CGT, a été reçue mardi par le chef de l’Etat. « Nous ' +
      'attendons des actes », a-t-elle déclaré. La réunion a duré deux heures. Pour la syndicaliste, seul un référendum pourrait « apaiser ' +
      'la colère ».';
    expect(said(text, 'fr')).toEqual([
      ['Nous attendons des a', 'Sophie Binet'],
      ['apaiser la colère', 'Sophie Binet'],
    ]);
    // Someone known by a relation to another is someone the text introduces: no one named.
    const relation =
      'Sophie Binet, secrétaire générale de la CGT, a été reçue mardi par le chef de l’Etat. « Nous ' +
      'attendons des actes », a-t-elle déclaré.\n\nLa réunion a duré deux heures. « Une rencontre utile mais ' +
      'sans aucun résultat », a estimé la collaboratrice de la syndicaliste.';
    expect(said(relation, 'fr')[1]![1]).not.toBe('Sophie Binet');
  });

  it('reads a pronoun after "selon" as the person named before ("selon lui")', () => {
    const text =
      'Le sociologue Éric Chauvier publie un nouvel essai. La multiplication des écrans traduirait selon lui ' +
      'un « profond malaise collectif ».';
    expect(said(text, 'fr')).toEqual([['profond malaise coll', 'Éric Chauvier']]);
  });

  it('gives quotations listed one after another the source that closes the list', () => {
    const text =
      'Dans les années 70, la radio a inventé une voix féminine, notre consœur Laura Martin : « une voix ' +
      'chaleureuse », « intime et rieuse, un mélange de charme et d’ironie », selon Claire Dubois.';
    expect(said(text, 'fr').map(([, s]) => s)).toEqual(['Claire Dubois', 'Claire Dubois']);
  });

  it('reads the subject after the verb past its setting ("a rapporté sur Facebook le porte-parole …, X")', () => {
    const text =
      'Le gouvernement a renforcé la sécurité des sites civils.\n\n« Le président a ordonné des mesures ' +
      'urgentes », a rapporté sur Facebook le porte-parole de la présidence, Marc Lefèvre.';
    expect(said(text, 'fr')).toEqual([['Le président a ordon', 'Marc Lefèvre']]);
  });

  it('reads "faire valoir" as a verb of saying ("a fait valoir le chancelier")', () => {
    const text =
      'Lundi, Sebastian Kurz, le chancelier autrichien, a montré du doigt la situation italienne. Des ' +
      'sanctions « empêcheront l’Italie de finir comme une deuxième Grèce », a fait valoir le chancelier.';
    expect(said(text, 'fr')).toEqual([['empêcheront l’Italie', 'Sebastian Kurz']]);
  });

  it('knows French given names and their gender: "dit-il" after Martine Aubry is not hers', () => {
    const text =
      'Après l’allocution de combat de Martine Aubry, le Premier ministre a défendu sa méthode.\n\n' +
      '«J’assume le choix de la négociation», dit-il.';
    expect(said(text, 'fr')).toEqual([['J’assume le choix de', null]]);
    expect([givenGender('Martine'), givenGender('Arnaud'), givenGender('Mathilde'), givenGender('Ángel')]).toEqual([
      'f',
      'm',
      'f',
      'm',
    ]);
  });

  it('takes no function word into a name: "Pour Javier López, …" is Javier López', () => {
    expect(romanceName('fr', 'Pour Javier López', '')).toBe('Javier López');
    expect(romanceName('fr', 'Son adversaire est', '')).toBeNull();
    expect(romanceName('es', 'Mientras', '')).toBeNull();
  });

  it('takes no imperative for a name ("Rappelons"), nor a place ("la France", "en France")', () => {
    const text = 'Rappelons que la France avait voté contre. En France, le débat reste vif.';
    expect(romanceName('fr', 'Rappelons', text)).toBeNull();
    expect(romanceName('fr', 'France', text)).toBeNull();
    expect(romanceName('fr', 'Simons', 'Le chercheur Paul Simons a répondu.')).toBe('Simons');
  });

  it('reads a capitalised noun after an article as a description, and a place as no one who speaks', () => {
    const text = 'La Russie a affirmé vendredi avoir fait échouer la campagne. En Russie, la natalité recule.';
    expect(romanceName('fr', 'La Russie', text)).toBeNull();
    expect(romanceName('fr', 'Un Etat', text)).toBeNull();
    expect(romanceBody('fr', 'La Russie', text)).toBe(false);
    expect(romanceBody('fr', 'la CGT', 'La secrétaire générale de la CGT a été reçue.')).toBe(true);
  });

  it('reads "X a déclaré que …" as reported speech, not as a quotation', () => {
    const x = extract(
      'Emmanuel Macron a déclaré que la France ne reculerait pas sur la réforme des retraites, malgré les grèves.',
      undefined,
      'fr',
    );
    expect(x.quotes).toEqual([]);
    expect(x.reports.map((r) => r.speaker.name)).toEqual(['Emmanuel Macron']);
  });
});

describe('Spanish', () => {
  it('reads "dijo el ministro" as the minister the article named before', () => {
    const text =
      'El ministro de Asuntos Exteriores español, José Manuel Albares, recibió este domingo en Madrid a los ' +
      'ministros del llamado Grupo de Madrid.\n\n“La solución de los dos Estados es la única alternativa”, ' +
      'dijo el ministro en una rueda de prensa.';
    expect(said(text, 'es')).toEqual([['La solución de los d', 'José Manuel Albares']]);
  });

  it('reads a title after the name ("David Campo, portavoz de la Asociación") as the same person', () => {
    const text =
      '“15 días de fiesta es una salvajada”, comenta David Campo, portavoz de la Asociación Vecinal, a ' +
      'Público.\n\n“Son daños que perduran prácticamente todo el verano”, afirma el portavoz de la Asociación.';
    expect(said(text, 'es').map(([, s]) => s)).toEqual(['David Campo', 'David Campo']);
  });

  it('reads a description no title names as the one person the sentences before name ("dijo el jefe de Gobierno")', () => {
    const text =
      'El primer ministro polaco, el liberal de centroderecha Donald Tusk, anunció el sábado que suspendía el ' +
      'derecho al asilo. “Nuestro derecho y nuestro deber es proteger la frontera polaca”, dijo el jefe de ' +
      'Gobierno polaco.';
    expect(said(text, 'es')).toEqual([['Nuestro derecho y nu', 'Donald Tusk']]);
    // A body is not a person: "el ministerio" stays a description.
    const body =
      'José Manuel Albares recibió a los ministros en Madrid. “Se espera que se discutan los esfuerzos de ' +
      'paz”, explicaba el ministerio de Exteriores de Egipto en una nota.';
    expect(said(body, 'es')).toEqual([['Se espera que se dis', 'el ministerio de Exteriores de Egipto']]);
  });

  it('takes the source that opens the sentence: "Para Hurtado, …", "según X"', () => {
    const text =
      'El juez investiga la filtración de los correos del empresario.\n\nPara Hurtado, su intervención “es lo ' +
      'suficientemente indicativa de su papel relevante” en la filtración de los datos.';
    expect(said(text, 'es')).toEqual([['es lo suficientement', 'Hurtado']]);
  });

  it('takes the source set off by commas inside the sentence: "Estos mensajes, para Hurtado, son “…”"', () => {
    const text =
      'El juez analiza los mensajes que se cruzaron aquella noche.\n\nEstos correos, para Pedraz, son ' +
      '“reveladores de la urgencia con que se actuó”.';
    expect(said(text, 'es')).toEqual([['reveladores de la ur', 'Pedraz']]);
  });

  it('reads the source after its reporting verb: "“…”, según asegura Campo"', () => {
    const text =
      'David Campo, portavoz de la Asociación Vecinal, critica las fiestas. La Plataforma pide otro modelo. ' +
      'Las familias se sienten expulsadas "por la dinámica que se está llevando desde el Ayuntamiento", según ' +
      'asegura Campo.';
    expect(said(text, 'es')).toEqual([['por la dinámica que ', 'David Campo']]);
  });

  it('reads "el segundo" as an ordinal, not as Portuguese "segundo" (according to)', () => {
    const text =
      'La ministra de Sanidad, Mónica García, presentó el plan el lunes. El primer objetivo es “reforzar la ' +
      'atención primaria”. Y el segundo sería buscar “una financiación estable” a través de un fondo común, ' +
      'que además daría “estabilidad”, añadió.';
    expect(said(text, 'es').map(([, s]) => s)).not.toContain('sería buscar');
  });

  it('reads no conjunction or clitic as a speaker: "“…” y pidió", "“…”, se preguntaba"', () => {
    const text =
      'La ministra Mónica García ha recalcado en Sevilla que la reforma es “imprescindible” y pidió a las ' +
      'comunidades que la apoyen.';
    expect(said(text, 'es')).toEqual([['imprescindible', 'Mónica García']]);
  });

  it('reads a plural description ("según las autoridades") as a group, not the one person named before', () => {
    const text =
      'El periodista Ahmed Salim Hamdan murió el sábado en un bombardeo, según las autoridades locales, que ' +
      'pidieron a la prensa internacional “denunciar estos ataques”.';
    expect(said(text, 'es').map(([, s]) => s)).not.toContain('Ahmed Salim Hamdan');
  });

  it('reads the name past an institution after the title ("el juez del Tribunal Supremo Ángel Hurtado")', () => {
    const text =
      'El juez del Tribunal Superior Santiago Pedraz ha citado a declarar al alcalde, Luis Ortega, el ' +
      'próximo lunes. “Los indicios apuntan a una trama organizada desde el consistorio”, señala el juez.';
    expect(describedPerson('es', 'el juez', text, text.length)).toBe('Santiago Pedraz');
    expect(said(text, 'es')).toEqual([['Los indicios apuntan', 'Santiago Pedraz']]);
  });

  it('knows "describir", "calificar", "replicar" as reporting verbs', () => {
    const text =
      'El ministro de Exteriores portugués, Paulo Rangel, describió este domingo en Madrid la situación como ' +
      'una crisis “muy grave” y de “catástrofe total”.';
    expect(said(text, 'es').map(([, s]) => s)).toEqual(['Paulo Rangel', 'Paulo Rangel']);
    expect(
      ['describió', 'calificó', 'replicó', 'jugé'].map((w) => ROMANCE_VERBS[w === 'jugé' ? 'fr' : 'es'].has(w)),
    ).toEqual([true, true, true, true]);
    // "le juge" is a judge, not "juger".
    expect(ROMANCE_VERBS.fr.has('juge')).toBe(false);
  });

  it('reads no headline participle as a name ("Detenida una madre …: «…»")', () => {
    const text =
      'Detenida una mujer por abandonar a su hijo en un coche: «No sabía qué hacer con él»\n\nLa policía ' +
      'investiga el caso desde el martes.';
    expect(said(text, 'es')).toEqual([['No sabía qué hacer c', null]]);
  });

  it('reads "dijo que …" as reported speech', () => {
    const x = extract(
      'El presidente del Gobierno, Pedro Sánchez, dijo que España presentará ante la Asamblea General una resolución.',
      undefined,
      'es',
    );
    expect(x.reports.map((r) => r.speaker.name)).toEqual(['Pedro Sánchez']);
  });
});

describe('Portuguese', () => {
  it('reads "disse X" with the name written short as the full name the article gave', () => {
    const text =
      'O presidente do Senado, Renan Calheiros, informou que se reunirá nesta quarta-feira com o presidente ' +
      'da República.\n\n“Não pode haver crise institucional no Brasil”, disse Renan aos jornalistas.';
    expect(said(text, 'pt')).toEqual([['Não pode haver crise', 'Renan Calheiros']]);
  });

  it('reads "segundo X" before the quotation', () => {
    const text =
      'A liminar foi obtida pelo Ministério Público do Trabalho nesta semana.\n\nSegundo o procurador Rafael ' +
      'de Araújo Gomes, “a ré recorreu à terceirização ilícita” para reduzir custos.';
    expect(said(text, 'pt')).toEqual([['a ré recorreu à terc', 'Rafael de Araújo Gomes']]);
  });

  it('reads a description by the title the article gave a name ("a juíza Audrey Choucair Vaz")', () => {
    const text = 'Por decisão da juíza Audrey Choucair Vaz, a empresa foi condenada. A juíza explicou a sentença.';
    expect(describedPerson('pt', 'A juíza', text, text.length)).toBe('Audrey Choucair Vaz');
    expect(describedPerson('pt', 'o procurador', text, text.length)).toBeNull();
  });
});

describe('names and verbs', () => {
  it('parts an institution from the name run into it: "(el juez del) Tribunal Supremo Ángel Hurtado"', () => {
    expect(romanceName('es', 'Tribunal Supremo Ángel Hurtado', '')).toBe('Ángel Hurtado');
    expect(romanceName('pt', 'Aparecido Batista de Oliveira', '')).toBe('Aparecido Batista de Oliveira');
  });

  it('reads "L’ONG Faune" as a description, and two people joined as no one name', () => {
    expect(romanceName('fr', 'L’ONG Faune', '')).toBeNull();
    expect(romanceName('pt', 'Antonio Palocci e Marcelo Odebrecht', '')).toBeNull();
    expect(romanceName('es', 'José Ortega y Gasset', '')).toBe('José Ortega y Gasset');
    expect(romanceName('pt', 'Cláudio Humberto e Gilmar Mendes', '')).toBeNull();
  });

  it('names no body as a person ("Ministério da Justiça"), nor the word that introduces a source ("Conforme")', () => {
    expect(romanceName('pt', 'Ministério da Justiça', '')).toBeNull();
    expect(romanceName('es', 'Junta de Andalucía', '')).toBeNull();
    expect(romanceName('pt', 'Conforme', '')).toBeNull();
  });

  it('gives a name written short its full form only when the article has one', () => {
    const text = 'Sophie Binet, la secrétaire générale de la CGT, a été reçue. Mme Binet a parlé.';
    expect(fullestName('fr', 'Binet', text)).toBe('Sophie Binet');
    expect(fullestName('fr', 'Durand', text)).toBe('Durand');
  });

  it('reads no full name across a heading or a sentence’s end ("… do Legislativo.\\n\\nPEC dos Gastos\\n\\nRenan")', () => {
    const text =
      'O presidente do Senado, Renan Calheiros, informou que se reunirá com Michel Temer. Ele defendeu as ' +
      'prerrogativas do Legislativo.\n\nPEC dos Gastos\n\nRenan confirmou o calendário.';
    expect(fullestName('pt', 'Renan', text)).toBe('Renan Calheiros');
    expect(
      said(`${text}\n\nA ação foi autorizada por um juiz, o que Renan considerou uma “usurpação” de atribuição.`, 'pt'),
    ).toEqual([['usurpação', 'Renan Calheiros']]);
  });

  it('conjugates the reporting verbs, and leaves out forms that are nouns', () => {
    expect(['a déclaré', 'explique', 'lança'].every((w) => ROMANCE_VERBS.fr.has(w.split(' ').pop()!))).toBe(true);
    expect(['afirmó', 'dijeron', 'ha señalado'].every((w) => ROMANCE_VERBS.es.has(w.split(' ').pop()!))).toBe(true);
    expect(['afirmou', 'disse', 'acrescentou'].every((w) => ROMANCE_VERBS.pt.has(w))).toBe(true);
    expect(ROMANCE_VERBS.es.has('denuncia')).toBe(false);
  });
});
