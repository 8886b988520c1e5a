/**
 * English given-name nicknames and their formal names, as data (Bob/Robert, Bill/William …).
 * Small on purpose: the common forms seen in customer lists; a nickname that belongs to several
 * names (Chris, Alex, Sam, Jo) maps to each of them.
 */
const TABLE: Readonly<Record<string, readonly string[]>> = {
  robert: ['bob', 'bobby', 'rob', 'robbie', 'bert'],
  william: ['bill', 'billy', 'will', 'willy', 'liam'],
  richard: ['dick', 'rick', 'ricky', 'rich', 'richie'],
  james: ['jim', 'jimmy', 'jamie'],
  john: ['jack', 'johnny', 'jon'],
  jonathan: ['jon', 'jonny', 'nathan'],
  michael: ['mike', 'mikey', 'mick', 'mickey'],
  thomas: ['tom', 'tommy'],
  charles: ['charlie', 'chuck', 'chas'],
  joseph: ['joe', 'joey'],
  daniel: ['dan', 'danny'],
  david: ['dave', 'davy'],
  edward: ['ed', 'eddie', 'ted', 'ned'],
  anthony: ['tony'],
  andrew: ['andy', 'drew'],
  matthew: ['matt'],
  christopher: ['chris', 'kit'],
  christian: ['chris'],
  nicholas: ['nick', 'nicky'],
  alexander: ['alex', 'sasha', 'xander'],
  alexandra: ['alex', 'sandra', 'lexi'],
  benjamin: ['ben', 'benny'],
  samuel: ['sam', 'sammy'],
  samantha: ['sam', 'sammy'],
  stephen: ['steve', 'stevie'],
  steven: ['steve', 'stevie'],
  timothy: ['tim', 'timmy'],
  patrick: ['pat', 'paddy'],
  patricia: ['pat', 'patty', 'trish', 'tricia'],
  peter: ['pete'],
  gregory: ['greg'],
  jeffrey: ['jeff'],
  kenneth: ['ken', 'kenny'],
  ronald: ['ron', 'ronnie'],
  donald: ['don', 'donnie'],
  douglas: ['doug'],
  raymond: ['ray'],
  lawrence: ['larry'],
  gerald: ['gerry', 'jerry'],
  frederick: ['fred', 'freddie'],
  francis: ['frank'],
  frank: ['frankie'],
  henry: ['harry', 'hank'],
  harold: ['harry', 'hal'],
  leonard: ['leo', 'len', 'lenny'],
  vincent: ['vince', 'vinny'],
  zachary: ['zach', 'zack'],
  joshua: ['josh'],
  nathaniel: ['nate', 'nathan'],
  phillip: ['phil'],
  philip: ['phil'],
  elizabeth: ['liz', 'lizzie', 'beth', 'betty', 'eliza', 'bess', 'libby'],
  margaret: ['maggie', 'meg', 'peggy', 'marge', 'greta'],
  katherine: ['kate', 'katie', 'kathy', 'kat', 'kitty'],
  catherine: ['cathy', 'kate', 'katie', 'cat'],
  jennifer: ['jen', 'jenny'],
  jessica: ['jess', 'jessie'],
  rebecca: ['becky', 'becca'],
  susan: ['sue', 'susie'],
  deborah: ['deb', 'debbie'],
  victoria: ['vicky', 'tori'],
  abigail: ['abby'],
  barbara: ['barb', 'babs'],
  dorothy: ['dot', 'dottie'],
  eleanor: ['ellie', 'nell', 'nora'],
  helen: ['nell', 'ellie'],
  isabella: ['bella', 'izzy'],
  isabelle: ['izzy', 'belle'],
  jacqueline: ['jackie'],
  judith: ['judy'],
  kimberly: ['kim'],
  madeline: ['maddie', 'maddy'],
  mary: ['molly', 'polly', 'mae'],
  natalie: ['nat'],
  pamela: ['pam'],
  sarah: ['sally', 'sadie'],
  theresa: ['terry', 'tess'],
  valerie: ['val'],
  amanda: ['mandy'],
  angela: ['angie'],
  christina: ['chris', 'tina', 'chrissy'],
  caroline: ['carrie'],
  josephine: ['jo', 'josie'],
  joanne: ['jo'],
  gabriel: ['gabe'],
  gabrielle: ['gabby'],
  oliver: ['ollie'],
  olivia: ['liv', 'livvy'],
  emily: ['em', 'emmy'],
  emma: ['em'],
  lucas: ['luke'],
  louis: ['lou'],
  louise: ['lou'],
};

const CANONICAL = new Map<string, string[]>();
for (const [formal, nicks] of Object.entries(TABLE)) {
  for (const n of [formal, ...nicks]) {
    const list = CANONICAL.get(n) ?? [];
    if (!list.includes(formal)) list.push(formal);
    CANONICAL.set(n, list);
  }
}

/** The formal names a given name may stand for (itself when it is in no entry). */
export function formalNames(given: string): readonly string[] {
  return CANONICAL.get(given) ?? [given];
}

/** The first formal name of a given name: the blocking key's given-name part. */
export function canonicalGiven(given: string): string {
  return formalNames(given)[0];
}

/** True when two given names are the same person's (Bob and Robert, Will and Bill). */
export function nicknameMatch(a: string, b: string): boolean {
  if (a === b) return true;
  const fa = formalNames(a);
  const fb = formalNames(b);
  return fa.some((x) => fb.includes(x));
}
