/**
 * Common given-name diminutives, English and (after them) German, Dutch, Nordic, Czech and Spanish,
 * mapped to one canonical form, so `bob` and `robert` or `honza` and `jan` compare as the same first
 * name. A short list by design: it covers the frequent business-contact cases; anything else falls
 * back to string similarity (a diminutive that starts the name, `nico` for nicolas or `rafa` for
 * rafael, agrees closely without a list). Names are written as `normalizeForMatch` folds them.
 */

const groups: readonly string[] = [
  'robert rob bob bobby robbie bert',
  'william will bill billy willy liam',
  'richard rich rick ricky dick',
  'james jim jimmy jamie',
  'john jack johnny jon',
  'jonathan jon jonny',
  'michael mike mikey mick mickey',
  'thomas tom tommy',
  'joseph joe joey',
  'charles charlie chuck chas',
  'christopher chris kit',
  'daniel dan danny',
  'david dave davey',
  'matthew matt matty',
  'anthony tony',
  'andrew andy drew',
  'edward ed eddie ted ned',
  'steven stephen steve stevie',
  'benjamin ben benny',
  'samuel sam sammy',
  'alexander alex alec sandy',
  'nicholas nick nicky',
  'patrick pat paddy',
  'peter pete',
  'timothy tim timmy',
  'gregory greg',
  'jeffrey jeff',
  'kenneth ken kenny',
  'ronald ron ronnie',
  'donald don donnie',
  'lawrence larry',
  'gerald gerry jerry',
  'frederick fred freddie',
  'henry harry hank',
  'francis frank frankie',
  'philip phillip phil',
  'nathaniel nathan nate',
  'zachary zach zack',
  'joshua josh',
  'jacob jake',
  'raymond ray',
  'douglas doug',
  'leonard leo len lenny',
  'elizabeth liz lizzie beth betty eliza libby',
  'margaret maggie meg peggy marge',
  'katherine catherine kate katie kathy cathy kat',
  'jennifer jen jenny',
  'jessica jess jessie',
  'patricia pat patty trish',
  'susan sue susie',
  'deborah debra deb debbie',
  'rebecca becky becca',
  'victoria vicky tori',
  'christine christina chris chrissy tina',
  'alexandra alex lexi sandra',
  'samantha sam sammy',
  'barbara barb babs',
  'dorothy dot dottie',
  'abigail abby',
  'kimberly kim',
  'pamela pam',
  'cynthia cindy',
  'judith judy',
  'theresa teresa terry tess',
  'jacqueline jackie',
  'valerie val',
  'stephanie steph',
  'natalie nat',
  'allison alison ali',
  'amanda mandy',
  'melissa mel',
  'nancy nan',
  'caroline carol carrie',
  'nicole nikki',
  'johannes hannes hans',
  'katharina kathi katja',
  'sebastian basti',
  'franziska franzi',
  'stefanie steffi',
  'gabriele gabi',
  'hendrik henk',
  'willem wim',
  'cornelis kees',
  'kristina stina',
  'margareta greta',
  'jan honza',
  'jiri jirka',
  'jakub kuba',
  'ondrej ondra',
  'katerina katka',
  'michaela misa',
  'veronika verca',
  'josef pepa',
  'jose pepe',
  'francisco paco pancho',
  'manuel manolo',
  'dolores lola',
];

const canonical = new Map<string, string>();
for (const group of groups) {
  const names = group.split(' ');
  const head = names[0] ?? '';
  for (const name of names) if (!canonical.has(name)) canonical.set(name, head);
}

/**
 * The canonical form of a lower-case given name (`bob` → `robert`), or the name itself when it is
 * not a known diminutive.
 */
export function canonicalGivenName(name: string): string {
  return canonical.get(name) ?? name;
}
