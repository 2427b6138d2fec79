// Synthetic speech for the matcher's evaluation and benchmark: varied sentences a person might be quoted
// saying, drawn from a large enough vocabulary that an eight-word stretch of one is nearly never in another,
// as with real quotations; and the everyday phrases that real quotations share.

import { int, pick } from './vocabulary';

const NOUNS = (
  'budget contract pipeline reservoir clinic harbor levee ferry tariff pension subsidy warehouse refinery vaccine ' +
  'mortgage landlord tenant orchard vineyard glacier wildfire drought flood hurricane tornado earthquake outbreak ' +
  'border checkpoint embassy treaty ceasefire militia convoy satellite rocket runway terminal railway tunnel bridge ' +
  'highway sidewalk library museum stadium arena theater cathedral mosque synagogue courthouse prison parole verdict ' +
  'indictment subpoena testimony lawsuit settlement merger acquisition dividend shareholder startup algorithm chatbot ' +
  'semiconductor battery turbine reactor uranium lithium copper timber wheat soybean cattle poultry fishery salmon ' +
  'coral wetland aquifer watershed shoreline curriculum textbook tuition scholarship dormitory pharmacy opioid insulin ' +
  'ventilator ambulance paramedic surgeon midwife nursing hospice caregiver veteran recruit sergeant admiral diplomat ' +
  'ambassador senator lobbyist donor ballot precinct referendum filibuster amendment ordinance zoning permit inspector ' +
  'auditor ledger invoice payroll overtime strike picket union grievance apprentice welder plumber electrician ' +
  'carpenter bakery brewery distillery restaurant grocery pantry shelter eviction foreclosure rent deposit ' +
  'neighborhood village township county province kingdom republic parliament cabinet ministry bureau agency ' +
  'watchdog whistleblower journalist newsroom broadcast podcast headline rumor scandal bribe kickback loophole ' +
  'deficit surplus inflation recession layoff bankruptcy bailout stimulus rebate voucher lottery casino racetrack ' +
  'marathon tournament playoff championship referee coach rookie quarterback goalkeeper pitcher jockey stallion ' +
  'telescope microscope laboratory vaccine genome protein enzyme fossil meteor comet volcano canyon plateau ' +
  'café fiancée naïveté résumé piñata jalapeño'
).split(' ');

const ADJECTIVES = (
  'reckless brave stubborn fragile crumbling outdated ambitious secretive transparent generous stingy hostile ' +
  'peaceful chaotic orderly bloated lean rural urban coastal inland northern southern eastern western frozen ' +
  'scorching flooded parched toxic contaminated pristine crowded deserted bankrupt prosperous struggling thriving ' +
  'corrupt honest partisan bipartisan federal municipal regional national global local private public secret ' +
  'illegal legitimate dangerous harmless expensive affordable overdue premature unprecedented historic routine ' +
  'emergency temporary permanent seasonal nightly weekly annual elderly teenage disabled uninsured undocumented ' +
  'exhausted furious grateful anxious stubborn skeptical cautious reluctant eager relentless shameful remarkable'
).split(' ');

const VERBS = (
  'dismantle rebuild abandon protect sabotage audit dredge fortify evacuate ration subsidize privatize ' +
  'nationalize regulate deregulate prosecute pardon investigate expose conceal fabricate shred leak smuggle ' +
  'confiscate auction mortgage refinance bulldoze demolish renovate restore replant irrigate vaccinate ' +
  'quarantine deport detain release recruit train fire hire promote suspend reinstate overrule veto override ' +
  'filibuster gerrymander lobby bribe blackmail threaten reassure mislead ignore neglect underfund overcharge ' +
  'outsource relocate shutter reopen expand shrink freeze thaw flood drain pave plow harvest slaughter'
).split(' ');

const PEOPLE = (
  'families nurses farmers miners teachers veterans tenants retirees students truckers fishermen ' +
  'firefighters janitors immigrants voters taxpayers commuters parents children patients workers residents'
).split(' ');

const SPEAKERS = [
  'We',
  'I',
  'My office',
  'The council',
  'Our team',
  'This administration',
  'The board',
  'Our union',
  'The department',
  'My client',
  'The company',
  'Our coalition',
  'The mayor',
  'Congress',
  'Nobody here',
];
const STANCES = [
  'will not',
  'cannot afford to',
  'refuses to',
  'is ready to',
  'has decided to',
  'must',
  'plans to',
  'wants to',
  'is trying to',
  'was warned not to',
  'has no intention to',
  'promised never to',
  'was forced to',
  'is not going to',
  'would be wrong to',
  'has every right to',
  'will fight anyone who tries to',
  'should never have been allowed to',
  'is prepared to',
  'hopes to',
];
const LINKS = [
  'while',
  'because',
  'even though',
  'until',
  'unless',
  'after',
  'before',
  'so that',
  'whenever',
  'as long as',
];
const TIMES = [
  'next spring',
  'by the end of the decade',
  'this winter',
  'within eighteen months',
  'before the election',
  'after the storm season',
  'every single weekend',
  'in the middle of the night',
  'for another generation',
  'this fiscal year',
];

function phrase(r: () => number): string {
  return `the ${pick(r, ADJECTIVES)} ${pick(r, NOUNS)}`;
}

/** A sentence someone might be quoted saying: 14 to 40 words, mostly uncommon ones. */
export function speech(r: () => number): string {
  const parts = [`${pick(r, SPEAKERS)} ${pick(r, STANCES)} ${pick(r, VERBS)} ${phrase(r)}`];
  parts.push(
    `${pick(r, LINKS)} ${pick(r, PEOPLE)} ${pick(r, VERBS)} ${phrase(r)} ${pick(r, ['of', 'near', 'behind', 'beside', 'inside'])} ${phrase(r)}`,
  );
  if (r() < 0.5) parts.push(`${pick(r, TIMES)}`);
  if (r() < 0.3) parts.push(`and ${pick(r, PEOPLE)} will ${pick(r, VERBS)} ${phrase(r)}`);
  return `${parts.join(', ')}.`.replace(/, (and|while|because|until|unless|after|before|so|whenever|as|even)/g, ' $1');
}

/** Phrases every speaker uses; a page quotation made of them is nobody's in particular. */
export const COMMON_PHRASES = [
  'We have to do a better job',
  'It is not enough to',
  'At the end of the day we have to',
  'I think we all know what happened',
  'This is not who we are',
  'We are looking at all of our options',
  'I want to thank everyone who came out today',
  'We will continue to work with our partners',
  'There is a lot of work still to be done',
  'I have said it before and I will say it again',
  'We need to do more and we need to do it now',
  'Nobody is above the law',
  'Our thoughts and prayers are with the families',
  'We take these allegations very seriously',
  'It is what it is',
  'I do not know what they were thinking',
  'We are going to get to the bottom of this',
  'This is a great day for our state',
  'We are not going to back down',
  'The investigation is ongoing and we cannot comment further',
];

/** Page text that sits in quotation marks without being anyone's quotation. */
export const BOILERPLATE = [
  'All rights reserved',
  'Click here to subscribe to our newsletter',
  'Sign up for breaking news alerts',
  'Read more',
  'This article was originally published by',
  'Terms of Service and Privacy Policy',
  'Share this story on Facebook and Twitter',
  'Copyright 2024 The Associated Press',
  'Follow us for the latest updates',
  'Comments are closed for this article',
];

/** A plausible speaker name. */
export function speakerName(r: () => number): string {
  const given =
    'Anne Maria Lisa Karen Helen Joan Ruth Emily Tom Paul Mark Richard Victor Omar Alan Ray David Carlos Peter Zoë José'.split(
      ' ',
    );
  const surnames =
    'Park Lopez Reilly Grant Wells Mills Brooks Tran Haddad Cho Owens Pike Hale Ortiz Núñez Fischer Novak Keller Okafor Nakamura Petrov Rahman Delgado'.split(
      ' ',
    );
  // A double-barrelled family name is another person's than either name alone.
  const first = pick(r, given);
  const surname = pick(r, surnames);
  return `${first} ${int(r, 0, 9) < 3 ? `${surname}-${pick(r, surnames)}` : surname}`;
}
