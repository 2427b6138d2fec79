// The commonest words of news English: function words, everyday verbs, nouns and adjectives, and the
// vocabulary every political or local story uses. A match must rest on words outside this list: "we have
// to do a better job" is every reporter's sentence, "pouring fuel on the fire" is someone's.

import { foldWords } from './words';

const ENGLISH = `
a able about above across act action actually add added after again against age ago agree ahead all allow
almost alone along already also although always am among amount an and another answer any anybody anyone
anything anyway anywhere are area areas around as ask asked asking at away back bad be became because become
becomes been before began begin behind being believe best better between beyond big bit both bring brought
build built business but buy by call called came can cannot can't care case cases certain certainly chance
change changes clear clearly close come comes coming could couldn't country course day days deal decide
decided did didn't different do does doesn't doing done don't down during each early either else end
enough entire especially even ever every everybody everyone everything exactly example far feel feels felt
few find first five follow for forward found four free from full further get gets getting give given gives
giving go goes going gone good got great group groups grow had half happen happened happening happens hard
has hasn't have haven't having he he's head hear heard help here high him himself his hold home hope how
however i i'd i'll i'm i've idea if important in including instead into is isn't issue issues it it's its
itself job jobs just keep kind knew know known last late later least leave left less let let's level life
like likely line little live long look looking lot lots made major make makes making man many matter may
maybe me mean means men might mind moment more most move much must my myself need needed needs never new
next nice no nobody none nor not nothing now number of off often oh ok okay old on once one ones only open
or order other others our ours ourselves out over own part past people percent perhaps person place plan
play point position possible pretty probably problem problems process public put question questions quite
rather re real really reason right run said same saw say saying says second see seem seems seen set several
she she's should shouldn't show side since situation six so some somebody someone something sometimes soon
sort start started state states still stop story such support sure take taken takes taking talk talked
talking team tell ten than thank thanks that that's the their theirs them themselves then there there's
these they they're thing things think thinking third this those though thought three through time times to
today together told too took top toward towards true try trying turn two under understand until up upon us
use used using very view wait want wanted wants was wasn't watch way ways we we'll we're we've week weeks
well went were weren't what what's whatever when where whether which while who whole whom whose why will
win with within without won't word words work worked working works world would wouldn't wrong yeah year
years yes yet you you're your yours yourself
according administration agency america american americans among announced attack attorney authorities
bill billion board border campaign cannot capital chief children citizens city clinton committee communities
community companies company congress continue continued control council country county court crisis
current decision democrats department development director economic economy education effort efforts
election employees enforcement families family federal force future government governor health history
house housing human information international investigation judge justice law laws leader leaders leadership
legal local market media meeting member members military million millions minister money month months
nation national news office officer officers official officials order organization party past percent plan
plans police policy political power president program programs project protect protection public record
reform region report reporters republicans rights rule safety school schools security senate service
services social state statement states students system tax taxes today trade trump united vote voters war
water white women workers young morning night evening afternoon monday tuesday wednesday thursday friday
saturday sunday january february march april june july august september october november december
`;

/** Folded, as the matcher's words are. */
export const COMMON_WORDS: ReadonlySet<string> = new Set(foldWords(ENGLISH));
