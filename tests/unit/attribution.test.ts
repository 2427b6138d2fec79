import { describe, expect, it } from 'vitest';
import { subjectOf } from '../../src/attribution/clauses';
import { extract } from '../../src/attribution/extract';
import type { Quote } from '../../src/attribution/model';
import { paragraphs } from '../../src/text/paragraphs';
import { tokenize } from '../../src/text/tokens';

/** The quote whose words start with `start`. */
function quote(text: string, start: string): Quote {
  const q = extract(text).quotes.find((x) => x.text.startsWith(start));
  if (!q)
    throw new Error(
      `no quote starting "${start}" in: ${extract(text)
        .quotes.map((x) => x.text)
        .join(' | ')}`,
    );
  return q;
}
const speaker = (text: string, start: string) => quote(text, start).speaker;

describe('reporting forms', () => {
  it('“Q,” said X', () => {
    const t = '“We will not close the plant this year,” said Maria Lopez, the company’s chief executive.';
    expect(speaker(t, 'We will')).toEqual({ name: 'Maria Lopez', role: 'company’s chief executive' });
  });

  it('“Q,” X said', () => {
    const t = '“The water is safe to drink again,” Mayor Tom Reilly said on Tuesday.';
    expect(speaker(t, 'The water')).toEqual({ name: 'Tom Reilly', role: 'Mayor' });
  });

  it('X said: “Q”', () => {
    const t = 'Governor Anne Park said: “Every county will get its share of the money.”';
    expect(speaker(t, 'Every county')).toEqual({ name: 'Anne Park', role: 'Governor' });
  });

  it('a clause before a colon, not about the one the quotation speaks of', () => {
    const t =
      'The agency had this to say about the film, the release of which it blames on President Obama: “Obama always ' +
      'goes reckless in words and deeds.”';
    expect(speaker(t, 'Obama always')).toBeNull();
  });

  it('X said (that) … “Q”, the quotation woven into the sentence', () => {
    const t = 'Senator Paul Grant said that the bill would leave farmers “worse off than they were a decade ago.”';
    const q = quote(t, 'worse off');
    expect(q.kind).toBe('partial');
    expect(q.speaker).toEqual({ name: 'Paul Grant', role: 'Senator' });
  });

  it('according to X', () => {
    const t =
      'The fire started in the kitchen, according to Fire Chief Dana Wells, who said crews “arrived within four minutes of the call.”';
    expect(speaker(t, 'arrived')?.name).toBe('Dana Wells');
    const t2 = '“The damage is extensive and the roof will have to come down,” according to Fire Chief Dana Wells.';
    expect(speaker(t2, 'The damage')).toEqual({ name: 'Dana Wells', role: 'Fire Chief' });
  });

  it('X, role, said', () => {
    const t = 'Karen Mills, a spokeswoman for the hospital, said: “All patients were moved before the power failed.”';
    expect(speaker(t, 'All patients')).toEqual({ name: 'Karen Mills', role: 'spokeswoman for the hospital' });
  });

  it('role X said, the role split from the name', () => {
    const t = '“We are looking at every option,” acting Deputy Assistant Attorney General Richard Downing said.';
    expect(speaker(t, 'We are looking')).toEqual({
      name: 'Richard Downing',
      role: 'acting Deputy Assistant Attorney General',
    });
  });

  it('X told a newspaper', () => {
    const t = '“I never saw the letter,” Alan Brooks told The Boston Globe.';
    expect(speaker(t, 'I never')?.name).toBe('Alan Brooks');
    const t2 = 'Alan Brooks told The Boston Globe: “I never saw the letter before the hearing.”';
    expect(speaker(t2, 'I never')?.name).toBe('Alan Brooks');
  });

  it('X added', () => {
    const t = 'Coach Lisa Tran praised her defense. She added, “We still have a lot of work to do on offense.”';
    expect(speaker(t, 'We still')).toEqual({ name: 'Lisa Tran', role: 'Coach' });
  });

  it('X wrote in a statement', () => {
    const t = 'Representative Omar Haddad wrote in a statement: “This vote betrays the workers of this district.”';
    expect(speaker(t, 'This vote')?.name).toBe('Omar Haddad');
  });

  it('a dash sign-off', () => {
    const t = '“Public money must be spent in public view.” — Helen Cho, state auditor';
    expect(speaker(t, 'Public money')).toEqual({ name: 'Helen Cho', role: 'state auditor' });
  });

  it('an appositive role', () => {
    const t = '“They share their secrets,” said Emily Odom, chief of the FBI’s Hi-Tech Organized Crime Unit.';
    expect(speaker(t, 'They share')).toEqual({
      name: 'Emily Odom',
      role: 'chief of the FBI’s Hi-Tech Organized Crime Unit',
    });
  });
});

describe('a role whose closing comma the writer left out', () => {
  const report = (t: string) => extract(t).reports[0];

  it('the subject is the name before the role’s comma, not a name at the role’s end', () => {
    const r = report(
      'Eric Durr, Director of Public Affairs at the Division of Military and Naval Affairs told Mashable the plane was on a routine training flight.',
    );
    expect(r?.speaker).toEqual({
      name: 'Eric Durr',
      role: 'Director of Public Affairs at the Division of Military and Naval Affairs',
    });
  });

  it('not a list of people, nor a name that is the object of a setting', () => {
    const subject = (t: string) => {
      const tokens = tokenize(t, 0, t.length);
      const verb = tokens.findIndex((x) => x.text === 'said');
      return subjectOf(tokens, verb, 0);
    };
    expect(
      subject('Hillary Clinton, Bernie Sanders and the state governor said the plan would fail.')?.role,
    ).toBeNull();
    expect(
      subject('In a speech to Hillary Clinton, a spokesman for the state agency said the plan would fail.'),
    ).toEqual(expect.objectContaining({ kind: 'description', name: 'a spokesman for the state agency' }));
    expect(subject('Hillary Clinton, a spokesman for the state agency said the plan would fail.')).toEqual(
      expect.objectContaining({ name: 'Hillary Clinton', role: 'spokesman for the state agency' }),
    );
  });
});

describe('a nickname in quotation marks inside a name', () => {
  it('is part of the name where it is read, and left out of the name shown', () => {
    expect(speaker('“We will win,” said Marcia “Cia” Price, a state delegate.', 'We will')?.name).toBe('Marcia Price');
    expect(speaker('“I am back,” Dwayne “The Rock” Johnson said on Monday.', 'I am back')?.name).toBe('Dwayne Johnson');
    const t =
      '“This is a big year,” Scott’s niece, state Del. Marcia “Cia” Price (D-Newport News), shouted to the crowd.';
    expect(speaker(t, 'This is')?.name).toBe('Marcia Price');
  });
});

describe('roles on the card', () => {
  it('keep the parts of a role that name a job, not the scene around the speaker', () => {
    const t = 'President Barack Obama, gold-trimmed Boeing 757 behind him, waved. “It is a good day,” Obama said.';
    expect(speaker(t, 'It is')).toEqual({ name: 'Barack Obama', role: 'President' });
  });

  it('a name before the body its bearer works for is the speaker, the body the role', () => {
    const at = 'Dan McLaughlin at the National Review agreed. “He succeeded with flying colors,” he wrote.';
    expect(speaker(at, 'He succeeded')).toEqual({ name: 'Dan McLaughlin', role: 'National Review' });
    const of = 'Professor Jane Smith of the University of Chicago said the plan was “a failure.”';
    expect(speaker(of, 'a failure')).toEqual({ name: 'Jane Smith', role: 'Professor, University of Chicago' });
    // A name after a preposition is the setting's: the place is no one's role.
    const rally = 'At a rally for Ted Cruz at the Indiana State Fair Grounds, Beck said, “Ted and I were driving in.”';
    expect(speaker(rally, 'Ted and I')?.name).toBe('Beck');
    expect(extract(rally).quotes.every((q) => q.speaker?.role !== 'Indiana State Fair Grounds')).toBe(true);
  });

  it('after a quotation, a name with its body before the verb said it; whom it was said to did not', () => {
    const t = '“The effects will not be without consequences,” Jane Smith of the University of Otago said.';
    expect(speaker(t, 'The effects')).toEqual({ name: 'Jane Smith', role: 'University of Otago' });
    const to =
      '“The effects will not be without consequences,” Wray Grimaldi of the University of Otago in Dunedin, New ' +
      'Zealand, said to New Scientist.';
    expect(speaker(to, 'The effects')?.name).not.toBe('New Scientist');
  });

  it('one who works for a person named after them is not that person ("a spokesman for Senator Ann Hale")', () => {
    const t = 'A spokeswoman for Sen. Ann Hale said: “The bill will pass this week.”';
    expect(quote(t, 'The bill').speakerKind).toBe('description');
    const lawyer = 'A lawyer for former anchor Laurie Dhue told me that Ailes harassed her for years.';
    expect(extract(lawyer).reports[0]?.speaker.name).toBe('A lawyer for former anchor Laurie Dhue');
    // A title with its own complement is the named person's.
    const chief = 'White House chief of staff Reince Priebus called it “bunk.”';
    expect(speaker(chief, 'bunk')).toEqual({ name: 'Reince Priebus', role: 'White House chief of staff' });
  });

  it('a source’s role is none when what follows its name is the sentence’s', () => {
    const t =
      'Mars looks red from afar. According to NASA, the iron minerals oxidize, or rust, causing the soil to look red.';
    const [report] = extract(t).reports;
    expect(report?.speaker).toEqual({ name: 'NASA', role: null });
  });
});

describe('bodies and groups named by one word', () => {
  const report = (t: string) => extract(t).reports[0];

  it('a name that speaks of itself as "it" is a body’s, not "it" before "be"', () => {
    const atT = report('AT&T said it will also add this feature starting next year.');
    expect([atT?.speaker.name, atT?.speakerKind]).toEqual(['AT&T', 'organization']);
    const apple = report('In its latest filing, Apple said its income taxes rose to $10.4 billion last year.');
    expect([apple?.speaker, apple?.speakerKind]).toEqual([{ name: 'Apple', role: null }, 'organization']);
    const kasich = report('Kasich said it was a mistake to run a negative campaign in the state.');
    expect(kasich?.speakerKind).toBe('person');
  });

  it('a description of a body that names which one is no anaphor ("The U.S. military said")', () => {
    const t =
      'Searchers had found nothing connected to the missing plane, Hadi Tjahjanto told Reuters.\n\nThe U.S. ' +
      'military said the USS Sampson, a guided missile destroyer, would be on the scene later on Tuesday.';
    expect(extract(t).reports[0]?.speaker.name).toBe('The U.S. military');
  });

  it('a body’s name joined by "and" goes on to its word in lower case ("Air and Space magazine")', () => {
    const t = 'As Air and Space magazine notes, “That capability makes the system the only one in the world.”';
    expect(speaker(t, 'That capability')?.name).toBe('Air and Space magazine');
  });

  it('a company named with its legal form is the same body without it ("Boeing Co.", then "Boeing")', () => {
    const text =
      'Trump said a contract with Boeing Co. to build two planes would be too expensive. An hour before, the ' +
      'Chicago Tribune published an interview with its chief executive. Boeing is in only the early stages of ' +
      'planning. The company said it is under contract "to help determine the capabilities of these aircraft."';
    expect(speaker(text, 'to help')?.name).toBe('Boeing Co.');
  });

  it('one capitalised word before a plural noun is its modifier, not a name ("Separate teams")', () => {
    const r = report(
      'Separate teams didn’t just build out components and tell engineers they needed to fit into the design, it was built together.',
    );
    expect([r?.speaker.name, r?.speakerKind]).toEqual(['Separate teams', 'description']);
  });

  it('a nation’s mark before a name no given name opens is the body’s name, not a title', () => {
    const us = report('US Airways Express said it cancelled 56 flights because of the weather on Tuesday.');
    expect([us?.speaker, us?.speakerKind]).toEqual([{ name: 'US Airways Express', role: null }, 'organization']);
    // "He" is no body mentioned after "at".
    const t =
      'The impact was more pronounced at US Airways Express, which tallied 56 cancellations. “The real story is people are getting home,” he said.';
    expect(speaker(t, 'The real story')).toBeNull();
    const attorney = report('U.S. Attorney Preet Bharara said the case against the banker was closed.');
    expect(attorney?.speaker).toEqual({ name: 'Preet Bharara', role: 'U.S. Attorney' });
  });

  it('the plural of a noun for a person is a group ("Pollsters say")', () => {
    const r = report('Pollsters say the race has tightened in the last two weeks of the campaign.');
    expect([r?.speaker.name, r?.speakerKind]).toEqual(['Pollsters', 'description']);
  });

  it('the plural of an acronym is things, no person ("GCSEs were intended …")', () => {
    const t =
      'GCSEs were intended to ensure a focus on “how much or how little pupils understand, know and can do”.\n\n' +
      'Mrs Thatcher raised her concerns about GCSEs with Mr Joseph in the spring of 1986.';
    expect(quote(t, 'how much').speakerKind).not.toBe('person');
  });
});

describe('resolving who', () => {
  it('a pronoun resolves to the person named before', () => {
    const t = 'Police Chief Mark Owens met the families on Sunday.\n\n“We owe them answers,” he said.';
    expect(speaker(t, 'We owe')).toEqual({ name: 'Mark Owens', role: 'Police Chief' });
  });

  it('a pronoun agrees in gender when the article tells it', () => {
    const t = 'Mrs. Joan Pike and Mr. Victor Hale testified for an hour. “The contract was never signed,” she said.';
    expect(speaker(t, 'The contract')?.name).toBe('Joan Pike');
  });

  it('"they" resolves to a group, never to one person', () => {
    const t = 'Investigators interviewed Sam Ortiz twice. “We have ruled nothing out,” they said.';
    expect(speaker(t, 'We have')?.name).toBe('Investigators');
    const t2 = 'Sam Ortiz was interviewed twice. “We have ruled nothing out,” they said.';
    expect(speaker(t2, 'We have')).toBeNull();
  });

  it('a surname alone resolves to the full name introduced earlier, with its role', () => {
    const t =
      'U.S. Surgeon General Jerome Adams issued an advisory.\n\nAdams said Americans should “get trained to administer naloxone in an emergency.”';
    expect(speaker(t, 'get trained')).toEqual({ name: 'Jerome Adams', role: 'U.S. Surgeon General' });
  });

  it('a description is never a place the article writes "in" before', () => {
    const t =
      'At a town hall meeting in Salem, Trump accused Cruz, the senator from Texas, of being “politically ' +
      'correct.” Later, Marco Rubio spoke in Manchester. The senator said his campaign here was “closing really strong.”';
    expect(speaker(t, 'closing')?.name).not.toBe('Salem');
  });

  it('a full name completes a surname named alone before only if it can be the same person', () => {
    const t =
      'President Trump said he was weighing five candidates. “She has done a fantastic job,” Mr. Trump said. ' +
      'Earlier he said his daughter Ivanka Trump “would be incredible, but it doesn’t mean I’d pick her.”';
    expect(speaker(t, 'She has')?.name).toBe('Trump');
    const fran = 'Finney said she was tired. Fran Finney told reporters: “We were harassed for months.”';
    expect(speaker(fran, 'We were')?.name).toBe('Fran Finney');
  });

  it('a name between commas after a description with its complement is the speaker ("ambassador to …")', () => {
    const t = 'President Trump’s ambassador to the United Nations, Nikki R. Haley, said she would resign this year.';
    expect(extract(t).reports[0]?.speaker).toEqual({
      name: 'Nikki R. Haley',
      role: 'President Trump’s ambassador to the United Nations',
    });
  });

  it('a surname that is also a noun for people is the person named before ("Expert said")', () => {
    const t =
      'The study was led by Paul Expert, a physicist at King’s College London. Psilocybin transformed the ' +
      'brain’s organization, Expert said.';
    expect(extract(t).reports[0]?.speaker.name).toBe('Paul Expert');
  });

  it('a quotation after another in the paragraph, without its own attribution, is the same speaker’s', () => {
    const t = '“It’s not enough simply to take the sites down,” Richard Downing said. “Vendors look for another site.”';
    const [a, b] = extract(t).quotes;
    expect(b!.speaker).toEqual(a!.speaker);
    expect(b!.group).toBe(a!.group);
  });

  it('a quotation after another is not the same speaker’s when a clause of its own names another voice', () => {
    const t = '“Would it be a good film?” Ava DuVernay says. And I go, “Yeeesss, yes, it would.”';
    expect(speaker(t, 'Yeeesss')).toBeNull();
  });

  it('a quotation broken by its attribution keeps one group', () => {
    const t = '“We did everything we could,” the coach, Ray Dunn, said, “but it was not our night.”';
    const [a, b] = extract(t).quotes;
    expect(a!.speaker?.name).toBe('Ray Dunn');
    expect(b!.speaker?.name).toBe('Ray Dunn');
    expect(b!.group).toBe(a!.group);
  });

  it('no speaker is a null speaker, never a guess', () => {
    const t = 'The sign on the door read “Closed until further notice by order of the board.”';
    expect(speaker(t, 'Closed')).toBeNull();
    const t2 = '“Nobody knows what happens next, and nobody will say.”';
    expect(speaker(t2, 'Nobody')).toBeNull();
  });
});

describe('quoted words that are not quotations', () => {
  it.each([
    ['scare quotes', 'Investigators made a list of “targets,” not just vendors, but buyers too.'],
    ['so-called', 'The so-called “dark web” is harder to police.'],
    ['a title', 'She wrote the novel “The Long Way Home” in a year.'],
    ['a nickname', 'Dwayne “The Rock” Johnson arrived late.'],
    ['a term', 'Officials use the term “wellness check” for such visits.'],
    [
      'a show after a preposition, with an attribution after it',
      'On this weekend’s broadcast of “Fox News Sunday,” Governor Mike Pence said his running mate won.',
    ],
    [
      'a work named after its kind',
      'In his 2002 book, “Make Your Kid a Millionaire,” Mr. McKinley suggested saving $115 a month.',
    ],
    [
      'words quoted inside a clause, before its object and a verb of saying',
      'Because of the way I was “filing” my mail, emails that needed answers got pushed further down.',
    ],
    ['a word quoted before the verb it modifies', 'She had “politely” asked for the photo to be taken down.'],
    [
      'a section heading',
      'The plan faces a long fight.\n\n‘All Bets Are Off.’\n\nEight years ago, the race was different.',
    ],
  ])('%s', (_, t) => {
    expect(extract(t).quotes).toEqual([]);
    expect(extract(t).terms).toHaveLength(1);
  });
});

describe('direct and partial', () => {
  it('a quotation standing as its own clause is direct; one woven into the sentence is partial', () => {
    const t =
      'Sessions said vendors are “pouring fuel on the fire of the national drug epidemic.” He added, “You have a role to play.”';
    expect(quote(t, 'pouring').kind).toBe('partial');
    expect(quote(t, 'You have').kind).toBe('direct');
  });
});

describe('news sentences', () => {
  // [sentence, start of the quotation, the speaker's name]
  it.each([
    [
      'a description after the verb, with its name',
      'Tempers ran high online. “We are tired of waiting,” said another Facebook user, Carla Diaz.',
      'We are',
      'Carla Diaz',
    ],
    [
      'a description after the verb, any noun',
      'Tempers ran high online. “We are tired of waiting,” wrote one commenter.',
      'We are',
      'one commenter',
    ],
    [
      'a participle after a quotation that holds the comma',
      'Intro.\n\nMayor Ruth Okafor gave a spirited defense of “Harbor City values,” saying the town stood for “grit, heart and open doors.”',
      'grit',
      'Ruth Okafor',
    ],
    [
      'a subject after a dateline',
      'BOSTON (AP) — Governor Lena Marsh has taken aim at the budget, saying that “empty promises” cost more than roads.',
      'empty',
      'Lena Marsh',
    ],
    [
      'a time between the subject and the verb',
      'Sen. Alan Frey (D-Ore.) on Friday criticized the accord, saying it goes “nowhere near far enough.”',
      'nowhere',
      'Alan Frey',
    ],
    [
      'an adverb between the subject and the verb',
      'Intro.\n\nCarter has increasingly decried the issue of “a rigged housing market.”',
      'a rigged',
      'Carter',
    ],
    [
      'a second verb after "but now"',
      'Rep. Dale Moss used to back the plan, but now said the city had “no business building it.”',
      'no business',
      'Dale Moss',
    ],
    [
      'an organisation named with its article',
      'Intro.\n\nThe FBI concluded that the staff had been “extremely careless” with the files.',
      'extremely',
      'The FBI',
    ],
    [
      'a weak verb right before the quotation',
      'The league released a statement on Monday, offering “a full and sincere apology” to the fans.',
      'a full',
      'The league',
    ],
    [
      'a statement its subject released speaks for the subject',
      'Intro.\n\nThe carmaker and the union met on Monday. Norvik Motors released a separate statement saying, “We are pleased with the agreement and look forward to building cars in Ohio.”',
      'We are pleased',
      'Norvik Motors',
    ],
    [
      'a statement its subject released, condemning a partial quotation',
      'On Thanksgiving, Morton County sheriff Alan Brandt released a statement condemning the actions of “paid agitators and protesters” without offering any evidence.',
      'paid agitators',
      'Alan Brandt',
    ],
    [
      'a text speaks for whoever issued it: its owner',
      'Intro.\n\nShe received threats from supporters responding to Mayor Dale Hurst’s tweet calling her a “nasty” reporter.',
      'nasty',
      'Dale Hurst',
    ],
    [
      'a text speaks for whoever issued it: the name after "from"',
      'Intro.\n\nGrowth will slow, according to a 2014 report from the Asian Development Bank, which saw “a decade of low growth.”',
      'a decade',
      'the Asian Development Bank',
    ],
    [
      'what a quotation is "according to" speaks for its owner, the one nearest the noun, whatever the noun',
      'Intro.\n\nTourism “will become increasingly important,” according to a Keystone Analytics’ forecast in June.',
      'will become',
      'Keystone Analytics',
    ],
    [
      'a hyphened word is no noun for a person by its last part ("modern-day")',
      'Ask Dana Pruitt, the director behind the modern-day Western Dust Road (which opens on Friday), and she will answer, without missing a beat: “Freeway gridlock. Anyone who has lived there knows.”',
      'Freeway',
      'Dana Pruitt',
    ],
    [
      'a verb before a name is no role, however a noun for a person follows it',
      'Indonesian police collect AirAsia passenger records from relatives to help identify the victims.\n\nAirAsia pilot’s son ‘thinks daddy is still at work’',
      'thinks daddy',
      undefined,
    ],
    [
      'a body’s name with "and" in it is one name',
      'The National Oceanic and Atmospheric Administration recently stated, “Expect record-shattering hot years soon.”',
      'Expect',
      'The National Oceanic and Atmospheric Administration',
    ],
    [
      'a body’s name with "and" in it is one name, after the quotation',
      'Intro.\n\n“We are appalled by the cuts,” the University and College Union said in a statement.',
      'We are appalled',
      'the University and College Union',
    ],
    [
      'a compound noun for a person before the name is its role',
      '“It has huge consequences for how we heat buildings,” says study co-author Lena Marsh, a biophysicist at Leiden University.',
      'It has huge',
      'Lena Marsh',
    ],
    [
      'an outlet and a noun for a person before the name: the role',
      'Roads were icy across the region. “It is ugly out there,” WKRN meteorologist Dana Pruitt said.',
      'It is',
      'Dana Pruitt',
    ],
    [
      'a sentence that ends with its attribution and the speaker’s appositive',
      'Casinos lost ground. There has been “very little new money” in factories and shops, said Owen Pratt, a Rutgers economist.',
      'very little',
      'Owen Pratt',
    ],
    [
      'a reporting clause set off by commas, its subject after the verb',
      'Intro.\n\nThe main reason clients leave, writes Dana Pruitt, is “it is always about trust.”',
      'it is',
      'Dana Pruitt',
    ],
    [
      'a reporting clause set off by commas right before the quotation',
      'Intro.\n\nAfter losing that bid, says Owen Pratt, “the town used the land for a stadium.”',
      'the town',
      'Owen Pratt',
    ],
    [
      'a verb whose object comes first names its subject, not its object',
      'Intro.\n\nRuth Okafor, who called her rival after the count, told her supporters, “I still love this town, and I always will.”',
      'I still',
      'Ruth Okafor',
    ],
    [
      '"one" opens the speaker after the verb, not a setting',
      'Intro.\n\n“Republicans are in a frenzy that is lurching from point to point,” said one Democratic source on the panel.',
      'Republicans',
      'one Democratic source',
    ],
    [
      'an age and a numeral that stands for people are in the description before the verb',
      'Intro.\n\nWhen pressed on why the plan leaves out fathers, the 34-year-old mother of three replied, “It is meant for the mother.”',
      'It is',
      'the 34-year-old mother of three',
    ],
    [
      '"As X put it" opening the sentence, its quotation further on',
      'Intro.\n\nAs Ms. Okafor put it in a statement to reporters in July, the network is “providing a view you will not get elsewhere.”',
      'providing',
      'Okafor',
    ],
    [
      'a role between dashes',
      'Intro.\n\nOwen Pratt — a teacher from Dover — says the endorsement was “a big deal.”',
      'a big',
      'Owen Pratt',
    ],
    [
      'a verb of saying beyond "said"',
      'Intro.\n\nMayor Ruth Okafor also bemoaned a climate in which neighbours “simply stop talking.”',
      'simply',
      'Ruth Okafor',
    ],
    [
      'a party and state after the name',
      '“There has been a lot of talk this week,” Senate Majority Leader Mitch Cole, R-Ky., said Tuesday.',
      'There has',
      'Mitch Cole',
    ],
    [
      'a role that ends in a relative clause',
      'Ann Lee, a close friend of the mayor who was her chief of staff, said, “Even then, she was a lightning rod.”',
      'Even then',
      'Ann Lee',
    ],
    [
      'a participle between commas after the name',
      'Delegate Mary Sun, wearing a red cape, said the convention could be a “failure” without him.',
      'failure',
      'Mary Sun',
    ],
    [
      'a bare verb after a plural subject',
      '“The kingdom shares the same enemies,” the Saudis state in the white paper.',
      'The kingdom',
      'the Saudis',
    ],
    [
      'a prepositional phrase between the subject and the verb',
      '“She will stand up to the gun lobby,” a narrator in the ad says.',
      'She will',
      'a narrator',
    ],
    [
      'a number opening the role',
      '“The rationales do not hold weight,” said 9/11 widow Terry Strada.',
      'The rationales',
      'Terry Strada',
    ],
    [
      'a name after an article and a common noun',
      'In a radio interview Trump declared “NATO may be obsolete.”',
      'NATO may',
      'Trump',
    ],
    [
      '"as X, role, put it" far before the quotation',
      'As Steven Rosenthal, a tax lawyer and senior fellow at the Tax Policy Center, recently put it, “Did he lower his taxes legally?”',
      'Did he',
      'Steven Rosenthal',
    ],
    [
      'a title word standing alone as a surname',
      'Dean, a former party chairman and presidential candidate, poked at the debate, tweeting, “Notice the sniffing all the time.”',
      'Notice',
      'Dean',
    ],
    [
      'a partial quotation in a clause with no verb of saying is its subject’s',
      'Senator Ann Hale thanked the nurses “for their support in my campaign” on Sunday.',
      'for their',
      'Ann Hale',
    ],
    [
      'a direct quotation after a sentence about someone',
      'Mayor Ruth Okafor is upbeat about the vote, because she sees the council as united. “Not only can we win, we will.”',
      'Not only',
      'Ruth Okafor',
    ],
    [
      'a bare verb form after a preposition is no verb',
      'Spokeswoman Jessica Ditto said via email that, “Of course he is going to defend himself.”',
      'Of course',
      'Jessica Ditto',
    ],
    [
      'a person after an outlet’s possessive',
      'Debates seldom alter a campaign, noted NBC’s Dante Chinni. “Voters have seen them over and over again,” he wrote.',
      'Voters',
      'Dante Chinni',
    ],
    [
      'a name that spoke without a verb of speech',
      'Ann Hale spoke first.\n\nTrump has also commented on the shooting. On Wednesday, he told a crowd that he was “troubled” by it.',
      'troubled',
      'Trump',
    ],
    [
      'a participle after a pronoun and its auxiliary in one word',
      'Donald Trump spoke in Michigan.\n\nHe’s claiming that voting fraud is “a big, big problem in this country.”',
      'a big',
      'Donald Trump',
    ],
    [
      'two appositives, one a noun that is also a verb with a participle after it',
      '“It is an invasion of the state’s domain,” Scott Pruitt, the attorney general of Oklahoma, one of the states suing the agency, said at an event.',
      'It is',
      'Scott Pruitt',
    ],
    [
      '"according to X" closing the sentence, over a verb in a clause before',
      'After the reporter Craig Patrick asked about it, the couple became “agitated and rude” once the cameras were off, according to a station source.',
      'agitated',
      'a station source',
    ],
    [
      'a woven quotation in a sentence of its own is its subject’s, not the paragraph’s last speaker’s',
      '“Gun control is popular,” said Senator Paul Huntley. In 2014, the Pew Research Center found that “about twice as many Democrats” backed it.',
      'about twice',
      'the Pew Research Center',
    ],
    [
      'a participle as an adjective after an article',
      '“It was very nice,” the gambling tycoon told Reuters in a rare interview.',
      'It was',
      'the gambling tycoon',
    ],
    [
      'a naming cue in the sentence before is none',
      'Keith Hutto blamed the bust that came in the second term. “My business went bad,” Mr. Hutto said.',
      'My business',
      'Keith Hutto',
    ],
    [
      'an age for a name',
      'Intro.\n\n“He has always been a leader,” said the 46-year-old.',
      'He has',
      'the 46-year-old',
    ],
    [
      'a role ending in an -ing noun',
      '“They are open to new things,” Dana Cole, Acme’s director of political advertising, said of the campaign.',
      'They are',
      'Dana Cole',
    ],
    [
      'a description, then the name and the verb',
      '“She is a mother of three,” another friend, Mariam Ezz told CNN.',
      'She is',
      'Mariam Ezz',
    ],
    [
      'said of someone, then a colon',
      'Nelson Ruiz, a former aide, said of Mr. Lopez: “He is American 100 percent.”',
      'He is',
      'Nelson Ruiz',
    ],
    [
      'as X put it',
      'Or, as Professor Ellen Ford put it: “The country does a better job than most.”',
      'The country',
      'Ellen Ford',
    ],
    [
      'the verb first, then the speaker and a side clause',
      'Intro.\n\nSaid Dorothy Pratt, who grew up on the street, “We were all so proud of him.”',
      'We were',
      'Dorothy Pratt',
    ],
    [
      'the verb first, then the speaker and a colon',
      'Roger Stein spoke for an hour.\n\nContinued Stein: “So I think it is a very real problem.”',
      'So I think',
      'Roger Stein',
    ],
    [
      'two names before a colon, as round-ups write',
      'POLLS NOT WRONG, JUST EARLY - Mark Ode and Jon Kuhn: “The polls failed to predict the result.”',
      'The polls',
      'Jon Kuhn',
    ],
    ['"More from" a name', 'More from Ode and Kuhn: “Data collected by our firm helps confirm it.”', 'Data', 'Kuhn'],
    [
      'the person a clause ends on, before a colon',
      'The timing of the surge does not surprise Republican pollster Daron Shay: “Lesser-known candidates often do well early.”',
      'Lesser',
      'Daron Shay',
    ],
    [
      'a participle after an adverb',
      'Intro.\n\nProtesters were led out, with Mayor Tom Reed reportedly yelling: “Get them out of here!”',
      'Get them',
      'Tom Reed',
    ],
    [
      'a phrasal verb of saying',
      'Intro.\n\nAfter the governor criticized her, Senator Ann Hale shot back, “I chose to do my job.”',
      'I chose',
      'Ann Hale',
    ],
    [
      'a report, through "which"',
      'Intro.\n\nThe press release linked to the Associated Press report, which notes, “More than half the visitors were donors.”',
      'More than',
      'the Associated Press report',
    ],
    [
      'a statement the subject released',
      'Intro.\n\nIn Washington, President Ada Lind released a statement Thursday night condemning “a horrific attack.”',
      'a horrific',
      'Ada Lind',
    ],
    [
      'a noun of speech and its owner',
      'Intro.\n\nThe site checked Governor Lee Park’s claim that there have been “thousands of new jobs” this year.',
      'thousands',
      'Lee Park',
    ],
    [
      'a verb of saying governs the noun',
      'Intro.\n\nMr. Ryan said Mr. Hart’s criticism of the judge was “the textbook definition of unfair.”',
      'the textbook',
      'Ryan',
    ],
    [
      'a characterizing verb governs the noun',
      'Intro.\n\nAda Moss, a strategist, called Mr. Hart’s statements on Sunday “childish.”',
      'childish',
      'Ada Moss',
    ],
    [
      'a thinker’s words',
      'Intro.\n\nJohn Bolt thought the buzz was artificial, “a tribute to the political skills of her husband.”',
      'a tribute',
      'John Bolt',
    ],
    [
      'a verb of saying over a thinker inside its clause',
      'Intro.\n\nMore money is coming, Steve Lee said, noting that donors feel “we have got to find an insurance policy.”',
      'we have',
      'Steve Lee',
    ],
    [
      'a weak verb with a clause of what was said',
      'Intro.\n\nThe narrator continues that, in “Tom Vale’s America, working families get tax relief.”',
      'Tom Vale',
      'The narrator',
    ],
    [
      'a verb of talking',
      'Intro.\n\nSenator Ann Hale talked about continuing the “progress we had under the last governor.”',
      'progress',
      'Ann Hale',
    ],
    [
      '"that" before a name opens a clause',
      'Intro.\n\nIt is strange that Senator Vale would denounce “self-deportation” now.',
      'self-deportation',
      'Vale',
    ],
  ])('%s', (_, text, start, name) => {
    expect(speaker(text, start)?.name).toBe(name);
  });

  it('a possessive is no subject, and "It’s" is no name', () => {
    const t =
      'Intro.\n\nAides have suggested Senator Mark Ode’s call for a “single-payer system” is something he will push.';
    expect(speaker(t, 'single-payer')?.name).toBe('Aides');
    const t2 =
      'Intro.\n\nIt’s become such a presence that Senator Mark Ode called the union “one of the sponsors of my campaign.”';
    expect(speaker(t2, 'one of')?.name).toBe('Mark Ode');
  });

  it('the sentence before reports the voice of a quotation that names nobody', () => {
    const t =
      'Intro.\n\nJohn Bolt said he would support the nominee if asked. “I am going to support him, and support him enthusiastically.”';
    expect(speaker(t, 'I am going')?.name).toBe('John Bolt');
    const t2 =
      'Doug Shane elaborated in an editorial that delegates may reconsider.\n\n“A win in California would underscore her weakness as a candidate.”';
    expect(speaker(t2, 'A win')?.name).toBe('Doug Shane');
  });

  it('a partial quotation that ends its sentence is not attributed by the next one', () => {
    const t =
      'Intro.\n\nEarly on, Senator Vic Lang attacked Mayor Joe Hart, calling him, among other things, “a failed mayor.” Hart fired back in March.';
    expect(speaker(t, 'a failed')?.name).toBe('Vic Lang');
  });

  it('a capitalised word inside a name is not a verb', () => {
    const t = 'Secretary Ana Ruiz said the United States would take “robust steps” in response.';
    expect(speaker(t, 'robust')?.name).toBe('Ana Ruiz');
  });

  it('a clause after a comma is not a role, so a pronoun does not land on a place', () => {
    const t = 'At a rally in Dayton, Ohio, Mr. Vance was just as blunt. “You would have to be insane,” he said.';
    expect(speaker(t, 'You would')?.name).toBe('Vance');
    const t2 = 'Often, Mr. Vance interrupted himself. “I really mean this,” he said.';
    expect(speaker(t2, 'I really')?.name).toBe('Vance');
  });
});

describe('who did not say it', () => {
  it('a name whose verb is negated after a quotation did not say it', () => {
    const t =
      '“This looks like a scare tactic,” added Rep. Ellen Cuomo, the top Democrat on the committee.\n\n“I am sure many career scientists see this as a message of fear.” Committee Chairman Jason Marsh, R-Utah, did not respond to a request for comment.';
    expect(speaker(t, 'I am sure')?.name).toBe('Ellen Cuomo');
  });

  it('a quotation in a relative clause about a thing is not the subject’s', () => {
    const t =
      'Intro.\n\nCartoonist Matt Dunn got a spot on CNN for his critique of the narrative of the lazy, narcissistic young, which has gone well beyond “get off my lawn” territory.';
    expect(speaker(t, 'get off')).toBeNull();
  });
});

describe('whom a surname means', () => {
  it('not the one person of that surname named in full, when the honorific says another gender', () => {
    const t =
      'Ivanka Trump spoke at the summit on Monday. “Women deserve paid leave,” Ms. Trump said.\n\nLater, Mr. Trump praised the plan. “It is a great plan, the best,” Mr. Trump said.';
    expect(speaker(t, 'Women deserve')?.name).toBe('Ivanka Trump');
    expect(speaker(t, 'It is a great')?.name).toBe('Trump');
  });
});

describe('whom a pronoun means', () => {
  it('not a one-word name that is a given name only where it is a place or an owner ("to Mecca")', () => {
    const t =
      'Ahmed Ali Khan was born near Kabul and now drives a taxi. Last year he flew to Mecca with his brother. “It changed my life,” he said.';
    expect(speaker(t, 'It changed')?.name).toBe('Ahmed Ali Khan');
  });

  it('not a name that only modifies a noun after an article ("the Clinton campaign")', () => {
    const t = [
      'Hillary Clinton will visit Tampa on Friday.',
      '“Her campaign is in panic mode,” said Leslie Wimes, a South Florida-based president of a women’s caucus.',
      'Some believe that the Clinton campaign took black voters for granted. “They have a big problem,” she said.',
    ].join('\n\n');
    expect(speaker(t, 'They have')?.name).toBe('Leslie Wimes');
  });

  it('the subject of the sentence before, not the first name in it', () => {
    const t =
      'Like Marta Kell, the former student, Aaron Roffe does not want another fight.\n\n“I am 76, and I am tired,” he said.';
    expect(speaker(t, 'I am 76')?.name).toBe('Aaron Roffe');
  });

  it('someone who spoke without quotation marks, over the one spoken of', () => {
    const t =
      'Rallies drew up to 70 people, said Robert Stovall, a local activist. Senator Ted Cruz electrified the crowds, Stovall said.\n\n“He was very articulate,” he said.';
    expect(speaker(t, 'He was')?.name).toBe('Robert Stovall');
  });

  it('a chain of pronouns back to the name', () => {
    const t =
      'Imam Adel Nefzi spoke after the prayers. He said the gunman Omar Mateen “acted alone.”\n\n“We do not teach that,” he said.';
    expect(speaker(t, 'We do not')?.name).toBe('Adel Nefzi');
  });

  it('no subject for a quotation when the clause opens with a capitalised word that is no one', () => {
    const t = 'Embryonic stem cells can turn into any tissue, a power that is called “regenerative medicine.”';
    expect(quote(t, 'regenerative').speaker).toBeNull();
  });

  it('a new sentence that introduces the next quotation is not the attribution of the one before', () => {
    const t =
      'Senator Ann Hale spoke first. “It is not what worked in 2012.”\n\n“Those are just distractions.” Campaign spokesman Jason Miller added, “The camp has chased after this.”';
    expect(speaker(t, 'Those are')?.name).not.toBe('Jason Miller');
    expect(speaker(t, 'The camp')?.name).toBe('Jason Miller');
  });

  it('"…, said at an event" names no one', () => {
    const t =
      'Mayor Ann Hale toured the plant. The council, which met on Monday, voted against the plan, said at a public event.';
    expect(extract(t).reports.map((r) => r.speaker.name)).not.toContain('a public event');
  });

  it('a headline in title case names no one', () => {
    const t =
      'Black Lawmakers Rip Donald Trump As A ‘Disgusting Fraud.’\n\nTrump has record low support among black voters. “Look at how much the communities are suffering,” Trump said.';
    expect(speaker(t, 'Look at')?.name).toBe('Trump');
  });

  it('an honorific never ends a name', () => {
    const t =
      'The moderator posted a note that read Donald Trump And Marco Rubio Miss The Mark On Discrimination.\n\n“On abortion, the Democrats are the extremists,” Rubio said.';
    expect(speaker(t, 'On abortion')?.name).toBe('Marco Rubio');
  });

  it('a name starts at its given name after an affiliation, or after a title; what comes before is the role', () => {
    expect(speaker('“Stephen has some substance now,” Ravens GM Ozzie Newsome says.', 'Stephen')).toEqual({
      name: 'Ozzie Newsome',
      role: 'Ravens GM',
    });
    const union =
      'American Federation of Government Employees President J. David Cox Sr., who also represents Energy employees, warned against “a return to the political witch hunts of the 1950s.”';
    expect(speaker(union, 'a return')).toEqual({
      name: 'J. David Cox Sr.',
      role: 'American Federation of Government Employees President',
    });
    expect(speaker('Trump’s incoming chief of staff Reince Priebus said Trump believes it is “bunk.”', 'bunk')).toEqual(
      {
        name: 'Reince Priebus',
        role: 'chief of staff',
      },
    );
    // A name of several words that opens with an unknown given name keeps them all.
    expect(speaker('“This raises serious concerns,” said Rep. Steny H. Hoyer.', 'This raises')?.name).toBe(
      'Steny H. Hoyer',
    );
    expect(speaker('“This is very exciting news,” said Yunfan Gerry Zhang.', 'This is')?.name).toBe(
      'Yunfan Gerry Zhang',
    );
  });

  it('“Q,” as X reported; a name after a text (“his letter Mrs Thatcher said”); a name and role that sign a quotation', () => {
    expect(
      speaker('She described “cowering with her granddaughter,” as NPR’s Debbie Elliot reported.', 'cowering'),
    ).toEqual({
      name: 'Debbie Elliot',
      role: 'NPR',
    });
    expect(
      speaker('In an annotation to his letter Mrs Thatcher said: “This is not a correct judgement.”', 'This is not')
        ?.name,
    ).toBe('Mrs Thatcher');
    expect(
      speaker(
        '“The public’s engagement has been quite amazing,” Mark McCaughrean, senior science advisor for ESA.',
        'The public',
      ),
    ).toEqual({ name: 'Mark McCaughrean', role: 'senior science advisor for ESA' });
  });

  it('additions between commas go on to the name: an age, a place, a clause, a role that is a list', () => {
    expect(
      speaker('Harry Bond, 30, of Raleigh, N.C., who was among those polled, said: “It is too late.”', 'It is'),
    ).toEqual({ name: 'Harry Bond', role: null });
    // A hometown is no role.
    expect(speaker('Jonathan Alvarez, 18, of Queens, said: “We waited all night.”', 'We waited')).toEqual({
      name: 'Jonathan Alvarez',
      role: null,
    });
    expect(
      speaker('Kaplan, a collector of games, tarot cards and books, says: “I never throw anything away.”', 'I never'),
    ).toEqual({
      name: 'Kaplan',
      role: 'collector of games, tarot cards and books',
    });
    expect(
      speaker(
        'With 50 days until the election, Minyon Moore, a senior adviser to the Clinton campaign, called the remarks “a true wake-up call.”',
        'a true',
      )?.name,
    ).toBe('Minyon Moore');
  });

  it('the inner of two reporting clauses names the speaker; the outer, the report’s source', () => {
    const t =
      'Prosecutors say Walter Lee stalked his former wife for months.\n\n' +
      'He called her a liar and said, “You will pay for this,” the prosecutor’s office said.';
    expect(speaker(t, 'You will')?.name).toBe('Walter Lee');
    // Words someone might say are not said: the outer clause names the speaker.
    const might = 'The Air Force may meet with Boeing and say, “Let’s see if we can cut costs,” Mark Cancian said.';
    expect(speaker(might, 'Let’s')?.name).toBe('Mark Cancian');
  });

  it('a verb or a modal opening the sentence is no part of a name', () => {
    const t =
      'Ask Damien Chazelle what he misses about Los Angeles, and he will answer: “Freeway gridlock.”\n\n' +
      '“We kept asking ourselves,” Chazelle says.';
    expect(speaker(t, 'We kept')?.name).toBe('Damien Chazelle');
  });

  it('a participle opening the sentence before a preposition is no name', () => {
    const t =
      'The column drew letters.\n\nComing from someone who stays out late, I still do not wake up thinking, “What have I done?”';
    expect(speaker(t, 'What have')).toBeNull();
  });

  it('an adverb opening the sentence is no part of a name', () => {
    const t =
      'Recently Herman Cain was asked by a caller why young men are coming to the U.S.\n\n“So they can be planted among us,” he said.';
    expect(speaker(t, 'So they')?.name).toBe('Herman Cain');
  });

  it('a place is never "she" or "he"', () => {
    const t =
      'She spoke to Univision’s Los Angeles affiliate on Wednesday, and to New York’s public radio.\n\n“Well, there may be reports,” she said.';
    expect(speaker(t, 'Well, there')).toBeNull();
  });

  it('a speaker named without a role has the role the article introduced them with', () => {
    const t =
      'Governor Anne Park opened the session on Monday.\n\nPark, a former teacher, spoke last. “We will fund every school,” Park said.';
    expect(speaker(t, 'We will fund')).toEqual({ name: 'Anne Park', role: 'Governor' });
  });

  it('a relative named by an appositive speaks for "he"', () => {
    const t =
      'Prime Minister Keir Starmer spoke first.\n\nMs. Smith, a nurse, said she had waited six hours. Her husband, John, agreed. “We were lucky,” he said.';
    expect(speaker(t, 'We were lucky')?.name).toBe('John');
  });

  it('the role a thing before a comma would give is none', () => {
    expect(
      speaker('Asked whether he would veto the bill, Biden replied, “I don’t make predictions.”', 'I don’t'),
    ).toEqual({ name: 'Biden', role: null });
  });

  it('a unisex given name says nothing of gender', () => {
    const t = '“We will win,” said Terry Strada. She continued, “For us, all we ask is a chance.”';
    expect(speaker(t, 'For us')?.name).toBe('Terry Strada');
  });

  it('never a place or a thing that only looks like a name', () => {
    const t =
      'Luay Sami, a refugee from Iraq, works at a center. Clarkston, a city of 13,000 residents, welcomed him.\n\n“We get 3,000 a year,” he said.';
    expect(speaker(t, 'We get')?.name).toBe('Luay Sami');
  });

  it('a group that acted in the sentence before, for "they"', () => {
    const t =
      'Several hundred protesters marched downtown. As they reached Main Street, they chanted “no justice, no peace.”';
    expect(speaker(t, 'no justice')?.name).toBe('Several hundred protesters');
  });

  it('a woman described, not named, for "she"', () => {
    const t =
      'Senator Ann Hale spoke first.\n\nA 29-year-old Berlin woman received probation after she posted comments online. “Filth out!” she wrote.';
    expect(speaker(t, 'Filth')?.name).toBe('A 29-year-old Berlin woman');
  });

  it('"the president" is the person the article gave that role, in that role', () => {
    const t = 'President Ada Lind flew to Paris on Monday.\n\n“We may end up doing it in chunks,” the president said.';
    expect(speaker(t, 'We may')).toEqual({ name: 'Ada Lind', role: 'president' });
    const t2 =
      'Republican presidential nominee Tom Vale and Democratic nominee Sue Marr spoke.\n\n“It is criminal,” the Republican nominee said.';
    expect(speaker(t2, 'It is')?.name).toBe('Tom Vale');
  });

  it('"the senator" is the person introduced as "Sen."', () => {
    const t =
      'Sen. Elizabeth Warren spoke next.\n\n“Absolutely not,” the senator replied when asked if she would resign.';
    expect(speaker(t, 'Absolutely')).toEqual({ name: 'Elizabeth Warren', role: 'senator' });
  });

  it('a surname alone means the person the article names most', () => {
    const t =
      'Carly Fiorina, the chief executive, ran the company. Fiorina met the board. Her husband, Frank Fiorina, stayed home.\n\n' +
      'But Fiorina was far less bubbly: “The market will hate this deal,” she said.';
    expect(speaker(t, 'The market')?.name).toBe('Carly Fiorina');
  });

  it('a given name alone is the person the article named with it, when a family shares the surname', () => {
    const t =
      'Dallas Cowboys owner Jerry Jones and his son, executive vice president Stephen Jones, run the team.\n\n' +
      '“Our stadium is halfway between Dallas and Love Field,” says Stephen, raising his voice above the rotors.\n\n' +
      '“Lonely is the right word,” Jerry recalls.';
    expect(speaker(t, 'Our stadium')?.name).toBe('Stephen Jones');
    expect(speaker(t, 'Lonely')?.name).toBe('Jerry Jones');
  });

  it('a surname of two words, or hyphened, is the full name that ends with it', () => {
    const t =
      'Linda Black Elk, an ethnobotanist, and Phoebe Waller-Bridge were there.\n\n' +
      '“It has always been there,” Black Elk said. “This whole thing has been a dream,” Waller-Bridge said.';
    expect(speaker(t, 'It has always')?.name).toBe('Linda Black Elk');
    expect(speaker(t, 'This whole')?.name).toBe('Phoebe Waller-Bridge');
  });

  it('a person named by one word is the fuller name given later, and is a person for "she"', () => {
    const t =
      'When Fran poked her head out of the door, she found the building surrounded by police.\n\n' +
      'Later Fran Finney spoke to the press. Fran worried that her husband might choke. ' +
      '“I was just panicking that he was going to need suction,” she says.';
    expect(speaker(t, 'I was just')?.name).toBe('Fran Finney');
  });

  it('a description names the most salient person it can be, not one of another role', () => {
    const t =
      'Gwyneth Paltrow talked to Howard Stern about her past.\n\n' +
      '“He was not in a good place in his life to have a girlfriend,” the actress said of Ben Affleck.';
    expect(speaker(t, 'He was not')).toEqual({ name: 'Gwyneth Paltrow', role: 'actress' });
    const mother =
      'Lady Gaga thanked fans. Her mother, Cynthia Germanotta, wrote back to soldiers.\n\n' +
      '“Kindness matters,” the actress wrote.';
    expect(speaker(mother, 'Kindness')?.name).not.toBe('Cynthia Germanotta');
  });

  it('a place the article writes "in" before is no one a card can name, a person of that name is', () => {
    const t =
      'Protests spread in Beijing and Shanghai on Sunday.\n\n' +
      '“We will not tolerate interference in our internal affairs,” Beijing said in a statement.';
    expect(speaker(t, 'We will not')).toBeNull();
    const person = 'Officials met in Washington on Monday.\n\n“The talks went well,” Washington said. He left at noon.';
    expect(speaker(person, 'The talks')?.name).toBe('Washington');
  });

  it('a compound title is a person’s, as its first part is: "the president-elect"', () => {
    const t =
      'Winning the presidency did not change Donald Trump. Trump is determined to be Trump.\n\n' +
      '“I won the popular vote if you deduct the millions of people who voted illegally,” the President-elect fumed in a tweet.';
    expect(speaker(t, 'I won the')?.name).toBe('Donald Trump');
  });

  it('a description with the head of an earlier one is that one, and names no one', () => {
    const t =
      'Ahmad Khan Rahami was charged on Monday. One law enforcement official said the devices were crude.\n\n' +
      '“If you’re working off the premise that the guy made all these devices, he is a pretty good bombmaker,” the official said.';
    expect(quote(t, 'If you’re').speakerKind).toBe('description');
  });

  it('a body described is the body that spoke or acted just before', () => {
    const t =
      'Boeing is under contract for $170 million, the Air Force said.\n\nBoeing said it was pleased.\n\n' +
      '“We look forward to working with the U.S. Air Force,” the company said.';
    expect(speaker(t, 'We look')?.name).toBe('Boeing');
  });

  it('a picture’s credit and caption name no one a later pronoun means', () => {
    const t =
      'Michelle Obama said Americans “feel the difference now.”\n\n' +
      'First Lady Michelle Obama speaks to Oprah Winfrey in a new CBS interview, set to air Monday. (Michele Crowe/The White House)\n\n' +
      '“I feel that way about the nation,” she said.';
    expect(speaker(t, 'I feel')?.name).toBe('Michelle Obama');
    const t2 =
      '“We will keep the plant open,” Mayor Ann Park said.\n\n' +
      'Governor Sue Marr visits the plant in a file photo from 2015.\n\n' +
      '“It is the town’s biggest employer,” she added.';
    const caption = paragraphs(t2).map((p, i) => (i === 1 ? { ...p, kind: 'caption' as const } : p));
    expect(extract(t2, caption).quotes.find((q) => q.text.startsWith('It is'))?.speaker?.name).toBe('Ann Park');
  });

  it('a pronoun with its verb, or a word that is never a noun, is no one’s name', () => {
    const t =
      'Alberto Shiguematsu lives in São Paulo. He’d read that there were fires in the Amazon.\n\n' +
      '“That hit me by surprise,” he said.';
    expect(speaker(t, 'That hit')?.name).toBe('Alberto Shiguematsu');
  });

  it('a person named in a possessive is someone a pronoun can mean', () => {
    const t =
      "Ryan Gosling's most cherished role won't win him any awards.\n\n" +
      '“Eva’s the dream mother, and they’re dream babies,” he explains to GQ.';
    expect(speaker(t, 'Eva’s')?.name).toBe('Ryan Gosling');
  });

  it('a name’s parts that are a body’s or a run of capitals are never a given name to go by', () => {
    const t =
      'Microsoft Corp said on Thursday it aims to remove more carbon than it emits. Microsoft President Brad Smith spoke.\n\n' +
      '“That money is used, then, for us to invest in our work,” he said.';
    expect(speaker(t, 'That money')?.name).toBe('Brad Smith');
  });
});

describe('beyond English', () => {
  it('German: „…“ and »…«, sagte, so X, laut X, a pronoun after the verb', () => {
    const t =
      'Bundeskanzler Olaf Scholz verteidigte am Montag in Berlin die Pläne. „Wir werden das gemeinsam schaffen“, sagte Scholz vor Journalisten.\n\n' +
      '„Die Lage ist ernst“, so Wirtschaftsminister Robert Habeck. Er betonte: »Wir brauchen jetzt Entscheidungen.«\n\n' +
      'Laut Regierungssprecher Steffen Hebestreit „gibt es keinen Grund zur Sorge“.\n\n' +
      'Die Ministerin Annalena Baerbock reiste nach Kiew. „Wir stehen an eurer Seite“, sagte sie.';
    expect(speaker(t, 'Wir werden')).toEqual({ name: 'Olaf Scholz', role: 'Bundeskanzler' });
    expect(speaker(t, 'Die Lage')).toEqual({ name: 'Robert Habeck', role: 'Wirtschaftsminister' });
    expect(speaker(t, 'Wir brauchen')?.name).toBe('Robert Habeck');
    expect(speaker(t, 'gibt es')?.name).toBe('Steffen Hebestreit');
    expect(speaker(t, 'Wir stehen')).toEqual({ name: 'Annalena Baerbock', role: 'Ministerin' });
  });

  it('French: «…», a déclaré, a-t-il dit, dit-elle, selon and d’après', () => {
    const t =
      'Le président Emmanuel Macron a défendu sa réforme mardi. « Nous ne reculerons pas », a-t-il déclaré devant les députés.\n\n' +
      '« C’est une erreur historique », a déclaré la maire de Paris, Anne Hidalgo. « Nous irons jusqu’au bout », dit-elle.\n\n' +
      'Selon le porte-parole du gouvernement, « le calendrier sera tenu ». D’après Gabriel Attal, « la réforme est indispensable ».';
    expect(speaker(t, 'Nous ne reculerons')).toEqual({ name: 'Emmanuel Macron', role: 'président' });
    expect(speaker(t, 'C’est une')).toEqual({ name: 'Anne Hidalgo', role: 'maire de Paris' });
    expect(speaker(t, 'Nous irons')?.name).toBe('Anne Hidalgo');
    expect(speaker(t, 'le calendrier')?.name).toBe('le porte-parole du gouvernement');
    expect(speaker(t, 'la réforme')?.name).toBe('Gabriel Attal');
  });

  it('Spanish: dijo, aseguró, ha dicho, añadió, según X', () => {
    const t =
      'El presidente Pedro Sánchez defendió el acuerdo. "Es un día histórico para España", dijo Sánchez en Madrid.\n\n' +
      'La portavoz del Gobierno, Pilar Alegría, aseguró: "No vamos a dar marcha atrás". «Seguiremos trabajando», añadió.\n\n' +
      '"Hemos hecho los deberes", ha dicho la vicepresidenta Yolanda Díaz. Según el ministro José Luis Escrivá, "las pensiones están garantizadas".';
    expect(speaker(t, 'Es un día')).toEqual({ name: 'Pedro Sánchez', role: 'presidente' });
    expect(speaker(t, 'No vamos')).toEqual({ name: 'Pilar Alegría', role: 'portavoz del Gobierno' });
    expect(speaker(t, 'Seguiremos')?.name).toBe('Pilar Alegría');
    expect(speaker(t, 'Hemos hecho')).toEqual({ name: 'Yolanda Díaz', role: 'vicepresidenta' });
    expect(speaker(t, 'las pensiones')?.name).toBe('José Luis Escrivá');
  });

  it('Portuguese: disse, afirmou, and a name that goes by one of its middle parts', () => {
    const t =
      'O presidente Luiz Inácio Lula da Silva discursou em Brasília. "Vamos reconstruir o país", disse Lula.\n\n' +
      '"A inflação está sob controle", afirmou o ministro da Fazenda, Fernando Haddad.';
    expect(speaker(t, 'Vamos')).toEqual({ name: 'Luiz Inácio Lula da Silva', role: 'presidente' });
    expect(speaker(t, 'A inflação')).toEqual({ name: 'Fernando Haddad', role: 'ministro da Fazenda' });
  });

  it('a capitalised article of another language is no pronoun or article inside a name', () => {
    const t =
      '“We will keep the pipeline open,” Ursula von der Leyen said. Ella Fitzgerald’s estate said, “The songs belong to everyone.”';
    expect(speaker(t, 'We will keep')?.name).toBe('Ursula von der Leyen');
    expect(speaker(t, 'The songs')?.name).toBe('Ella Fitzgerald’s estate');
  });
});

describe('reported speech', () => {
  const reports = (text: string) => extract(text).reports.map((r) => ({ text: r.text, speaker: r.speaker.name }));

  it('X said (that) …, with a setting or an object between', () => {
    const t =
      'Mayor Lena Ortiz said Tuesday that the bridge would reopen by the end of March. ' +
      'Fire Chief Dana Wells told reporters the blaze had started in a storage room. ' +
      'Critics say the plan does little to help renters.';
    expect(reports(t)).toEqual([
      { text: 'the bridge would reopen by the end of March', speaker: 'Lena Ortiz' },
      { text: 'the blaze had started in a storage room', speaker: 'Dana Wells' },
      { text: 'the plan does little to help renters', speaker: 'Critics' },
    ]);
  });

  it('…, X said and a setting whose noun has its own words ("in a recent interview")', () => {
    const t = 'The plan to rebuild the bridge is dead, Mayor Lena Ortiz said in a recent interview.';
    expect(reports(t)).toEqual([{ text: 'The plan to rebuild the bridge is dead', speaker: 'Lena Ortiz' }]);
  });

  it('…, X of the body said: the subject before the verb, past what a forward reading stops at', () => {
    const t = 'The bridge will reopen in March, Jane Smith of the University of Otago said.';
    expect(reports(t)).toEqual([{ text: 'The bridge will reopen in March', speaker: 'Jane Smith' }]);
  });

  it('…, X said / …, said X, role / according to X', () => {
    const t =
      'The company lost $4 million in the last quarter, said Maria Lopez, its chief financial officer. ' +
      'Crews will work through the weekend, officials said. ' +
      'According to the county health department, three more cases were confirmed overnight.';
    expect(reports(t)).toEqual([
      { text: 'The company lost $4 million in the last quarter', speaker: 'Maria Lopez' },
      { text: 'Crews will work through the weekend', speaker: 'officials' },
      { text: 'three more cases were confirmed overnight', speaker: 'the county health department' },
    ]);
  });

  it('a pronoun speaker is the person named before', () => {
    const t =
      'Senator Paul Grant toured the flooded farms on Monday. He said the state would ask for federal disaster aid.';
    expect(reports(t)).toEqual([{ text: 'the state would ask for federal disaster aid', speaker: 'Paul Grant' }]);
  });

  it('not a question, a denial, speech without content, or a noun that looks like a verb', () => {
    const t =
      'Governor Anne Park asked whether the money would arrive in time. ' +
      'Mayor Lena Ortiz did not say when the bridge would reopen. ' +
      'Agents spoke to more than 160 people in three states. ' +
      'The state had added the extra week after long lines in 2004. ' +
      'The alliance’s eastern member states want more troops. ' +
      'Did the mayor say the bridge would reopen? ' +
      'The test, which state media claimed was a success, alarmed the region.';
    expect(reports(t)).toEqual([]);
  });

  it('a sentence with a quotation in it is the quotation’s, not a paraphrase', () => {
    const t = 'Mayor Lena Ortiz said the bridge was “safe for every car and truck” after the inspection.';
    expect(reports(t)).toEqual([]);
    expect(speaker(t, 'safe for')?.name).toBe('Lena Ortiz');
  });
});

describe('transcripts and interviews', () => {
  const t =
    'Oklahoma Gov. Mary Fallin spoke with CNN’s Jake Tapper on Sunday about Donald Trump.\n\n' +
    'JAKE TAPPER: Do you think Donald Trump has campaigned as a racial healer?\n\n' +
    'FALLIN: I think he is trying to campaign as a racial healer. That has been part of his message.\n\n' +
    'UPDATE: The interview aired on Sunday morning.\n\n' +
    'The show then played a clip. "TRUMP: We have to make every American feel safe," the transcript reads.';

  it('a turn labelled with a name in capitals is a quotation of that speaker, named as the article names them', () => {
    const quotes = extract(t).quotes;
    expect(quotes.map((q) => [q.text, q.speaker?.name])).toEqual([
      ['Do you think Donald Trump has campaigned as a racial healer?', 'Jake Tapper'],
      ['I think he is trying to campaign as a racial healer. That has been part of his message.', 'Mary Fallin'],
      ['We have to make every American feel safe,', 'Donald Trump'],
    ]);
    for (const q of quotes) expect(t.slice(q.start, q.end)).toBe(q.text);
  });

  it('a heading in capitals is no speaker', () => {
    expect(extract(t).quotes.map((q) => q.text)).not.toContain('The interview aired on Sunday morning.');
  });

  it('a caption’s label in capitals is no speaker, though its words read as a name', () => {
    const caption =
      'Helen Wood wrote about her holidays.\n\nBEACH BABE: Helen snaps a selfie in Thailand\n\nShe was happy.';
    expect(extract(caption).quotes).toEqual([]);
  });
});
