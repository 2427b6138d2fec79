// Common given names, with the gender they most often carry. A capitalised pair that opens with one is a
// person ("Anne Park", not a park), and a pronoun must agree with it ("she" is not "Victor Hale").
// A name missing here is still read as a name; this list only settles doubtful cases.

const MALE =
  'aaron abdul abdullah adam adrian ahmed ahmad alan albert alberto alec alejandro alex alexander alexei alfred ali ' +
  'allen alvin amir andre andrea andreas andres andrew andy angel angelo anthony antoine antoin antonio archie ' +
  'armando arnold arthur ashton austin barack barry ben benjamin bennie bernard bernie bill billy bob bobby boris ' +
  'brad bradley brandon brendan brent brett brian bruce bryan byron calvin cameron carl carlos carter cesar chad ' +
  'charles charlie chris christian christopher chuck clarence clark claude clayton cliff clifford clint clinton ' +
  'cody colin conor cory craig curtis dale dan daniel danny darius darrell darren dave david dean dennis derek ' +
  'devin dick diego dmitry dominic don donald doug douglas duane dustin dwayne dwight earl ed eddie edgar eduardo ' +
  'edward edwin eli elijah elliot elon emmanuel enrique eric erik ernest ernesto ethan eugene evan felix fernando ' +
  'francis francisco frank franklin fred frederick gabriel gary gavin gene geoffrey george gerald gerhard gilbert ' +
  'glen glenn gordon graham grant greg gregory guillermo gustavo guy hal hamid hank hans harold harry harvey hassan ' +
  'hector henry herbert herman howard hugh hugo hunter ian igor isaac ivan jack jackson jacob jaime jake james ' +
  'jamie jared jason javier jay jeb jeff jefferson jeffrey jeremy jerome jerry jesse jesus jim jimmy joaquin joe ' +
  'joel joey johan john johnny jon jonathan jordan jorge jose joseph josh joshua juan julian julio justin karl ' +
  'keith ken kenneth kevin khalid kirk kurt kyle lamar lance larry lawrence lee leo leon leonard leroy lester lewis ' +
  'lindsey lloyd logan lonnie louis luis luke malcolm manuel marc marcel marco marcus mario mark marshall martin ' +
  'marvin matt matthew maurice max maxwell melvin michael miguel mike miles milton mitch mitchell mohamed ' +
  'mohammad mohammed muhammad nathan nathaniel neil nelson nicholas nick nicolas noah norman oliver omar oscar ' +
  'owen pablo patrick paul pedro pete peter phil philip phillip pierre rafael ralph ramon randall randy raul ray ' +
  'raymond reed reggie reginald rex ricardo richard rick ricky rob robert roberto rodney roger roland ron ronald ' +
  'ross roy ruben rudy rupert russ russell ryan salvador sam samuel scott sean sebastian sergei sergio seth shane ' +
  'shawn sheldon sidney simon stanley stefan stephen steve steven stuart sultan ted teddy terrence terry theodore ' +
  'thomas tim timothy todd tom tommy tony travis trevor troy tyler ulrich vernon victor vince vincent vladimir ' +
  'wade walter warren wayne wesley will william willie wilson xavier yusuf zachary';

const FEMALE =
  'abby abigail ada adriana agnes aisha alexandra alexis alice alicia alison allison alma amanda amber amelia amy ' +
  'ana andrea angela angelina anita ann anna anne annette annie april arlene ashley audrey barbara beatrice becky ' +
  'belinda bernadette beth betsy betty beverly bonnie brenda brianna bridget britney brittany brooke camila ' +
  'candace carla carmen carol carole caroline carolyn carrie cassandra catherine cathy charlene charlotte chelsea ' +
  'cheryl chloe christina christine cindy claire clara claudia colleen connie constance courtney crystal cynthia ' +
  'daisy dana danielle daphne darlene dawn debbie deborah debra delores denise diana diane dolores donna doris ' +
  'dorothy edith eileen elaine eleanor elena elisa elizabeth ella ellen elsa emilia emily emma erica erin esther ' +
  'ethel eva evelyn faith fatima felicia florence frances francesca gabriela gail georgia geraldine gina gladys ' +
  'gloria grace gretchen gwen hannah harriet hazel heather heidi helen helena hillary holly ida ilhan ingrid irene ' +
  'iris isabel isabella jackie jacqueline jade jamie jan jane janet janice jasmine jean jeanne jennifer jenny ' +
  'jessica jill jo joan joann joanna joanne jodi jody josephine joy joyce juanita judith judy julia julie june ' +
  'karen kamala kate katherine kathleen kathryn kathy katie katrina kay kayla kelly kelsey kim kimberly kristen ' +
  'kristin kristina laura lauren leah leslie lillian linda lindsay lisa lois loretta lori lorraine louise lucia ' +
  'lucy lynn lynne mabel madeline madison mae maggie mallory marcia margaret margarita maria marian marie marilyn ' +
  'marina marion marjorie marla marsha martha mary maureen maxine megan melanie melissa mercedes meredith mia ' +
  'michele michelle mildred miriam molly monica nadia nancy naomi natalie natasha nicole nikki nina nora norma ' +
  'olga olivia paige pamela patricia patsy paula pauline peggy penny phyllis priscilla rachel ramona rebecca ' +
  'regina renee rhonda rita roberta robin rosa rosalind rose rosemary ruth sabrina sally samantha sandra sara ' +
  'sarah shannon sharon sheila shelby shelley sherry shirley silvia sofia sonia sophia stacy stella stephanie ' +
  'sue susan suzanne sylvia tamara tammy tanya tara teresa theresa tiffany tina tracy ursula valerie vanessa ' +
  'vera veronica vicki victoria viola violet virginia vivian wanda wendy whitney yolanda yvonne zoe';

const UNISEX = new Set(
  'alex andrea casey chris dana jamie jan jean jesse jo jordan kelly kim lee leslie lindsey lynn marion pat robin sam shannon taylor terry tracy'.split(
    ' ',
  ),
);
const GENDER = new Map<string, 'm' | 'f'>();
for (const n of MALE.split(' ')) GENDER.set(n, 'm');
for (const n of FEMALE.split(' ')) GENDER.set(n, 'f');

/** 'm', 'f', null for a given name of either gender, undefined for a word that is not a known given name. */
export function givenName(word: string): 'm' | 'f' | null | undefined {
  const w = word.toLowerCase();
  return UNISEX.has(w) ? null : GENDER.get(w);
}
