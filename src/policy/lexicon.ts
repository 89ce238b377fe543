/**
 * Word lists the rules share. They are matched against normalised text (lower
 * case, look-alikes folded, leetspeak resolved), so each entry is written once
 * in plain lower case. Kept short and high-precision on purpose: the
 * classifier covers the long tail, and every entry here is a word that almost
 * never appears in civil discussion in the listed role.
 */

/** Nouns that insult a person when aimed at them: "you idiot", "he is a moron". */
// prettier-ignore
export const INSULT_NOUNS = [
  'idiot', 'idiots', 'moron', 'morons', 'imbecile', 'imbeciles', 'cretin', 'cretins', 'dimwit', 'dimwits', 'halfwit',
  'nitwit', 'dumbass', 'dumbasses', 'jackass', 'asshole', 'assholes', 'arsehole', 'arseholes', 'dickhead',
  'dickheads', 'douche', 'douchebag', 'douchebags', 'scumbag', 'scumbags', 'scum', 'loser', 'losers', 'bitch',
  'bitches', 'bastard', 'bastards', 'prick', 'pricks', 'twat', 'twats', 'cunt', 'cunts', 'wanker', 'wankers',
  'tosser', 'tossers', 'retard', 'retards', 'dipshit', 'dipshits', 'shithead', 'shitheads', 'fool', 'fools', 'clown',
  'clowns', 'buffoon', 'buffoons', 'pig', 'pigs', 'slut', 'sluts', 'whore', 'whores', 'skank', 'hoe', 'hoes',
  'degenerate', 'degenerates', 'lowlife', 'piece of shit', 'piece of garbage', 'piece of trash', 'piece of crap', 'waste of space',
  'piece of filth', 'piece of scum',
  'sack of shit', 'bellend', 'knobhead', 'numbskull', 'dunce', 'simpleton', 'airhead', 'bimbo', 'freak', 'freaks',
  'creep',
  'pervert', 'perv', 'pervs', 'dweeb', 'dweebs', 'sicko', 'sickos', 'dork', 'dorks', 'nimrod', 'nimrods', 'clod',
  'goon', 'goons', 'wretch', 'miscreant', 'miscreants', 'drongo', 'galah', 'wazzock', 'minger', 'bogan', 'bogans',
  // beasts a person is called (said of a person only: see attack-words.ts's ALSO_FOR_IDEAS)
  'toad', 'vulture', 'vultures', 'hyena', 'hyenas', 'jackal', 'jackals', 'cur',
  'maggot', 'parasite', 'vermin', 'trash', 'garbage', 'filth', 'rat', 'snake', 'weasel', 'coward',
  'cowards', 'disgrace', 'abomination', 'fraud', 'frauds', 'failure', 'lapdogs', 'toads', 'snakes', 'maggots', 'slugs',
  'narcissists', 'deadbeat', 'deadbeats', 'control freaks',
  'jobsworth', 'jobsworths', 'old bag', 'narcissist', 'sociopath', 'psychopath', 'bigot',
  'bigots', 'racist', 'racists', 'fascist', 'fascists', 'thug', 'thugs', 'brat', 'brats', 'heifer', 'dirtbag',
  'dirtbags', 'dirt bag', 'dirt bags', 'scoundrel', 'lunatic', 'lunatics', 'nutjob', 'nutcase', 'nut case', 'sore loser',
  'traitor', 'traitors', 'crook', 'crooks', 'puppet', 'sheep', 'sheeple', 'snowflake', 'snowflakes', 'commie',
  // (the tweets' spelling of a liar, and the playground's word)
  'lier', 'liers', 'bully', 'bullies',
  'commies', 'hack', 'liar', 'liars', 'hypocrite', 'hypocrites', 'troll', 'trolls', 'shill', 'shills', 'joke',
  'embarrassment', 'psycho', 'creeps', 'weirdo', 'pos', 'phony', 'pedo', 'pedophile', 'paedophile', 'witch',
  'maniac', 'jerk', 'jerks', 'dolt', 'oaf', 'oafs', 'git', 'gits', 'hag', 'hags', 'grifter', 'grifters',
  // the gym's and the body's ("a bunch of narcissistic posers", "you'd see your own feet, lardarse"; not "a poser", a
  // puzzle)
  'posers', 'lardarse', 'lardarses', 'lard-arse', 'lardass', 'lard-ass', 'fatass', 'fat-ass',
  // and the playground's for a boy called unmanly ("a limp-wristed sissy"), and for the disabled ("a cripple
  // pretending to be an athlete"; the verb is no noun: "sanctions cripple the economy")
  'sissy', 'sissies', 'cripple', 'cripples',
  // and the needy ("brainless attention seekers")
  'attention seeker', 'attention seekers', 'attention-seeker', 'attention-seekers',
  // and travel's ("a bunch of rude, power-tripping trolley dollies", "overpaid prima donnas", "cheapskate peasants")
  'trolley dolly', 'trolley dollies', 'prima donna', 'prima donnas', 'cheapskate', 'cheapskates',
  // and elections' ("a lying snake oil merchant", "a court jester for the regime")
  'snake oil merchant', 'snake oil merchants', 'court jester', 'court jesters',
  'sleazebag', 'slimeball', 'nut job', 'degenerate',
  'deplorable', 'deplorables', 'con man', 'crackpot', 'blowhard', 'windbag', 'dope', 'dopes', 'dummy', 'stooge',
  'stooges', 'propagandist', 'propagandists', 'peasant', 'peasants', 'ignoramus', 'nincompoop', 'blockhead',
  'bonehead', 'pinhead', 'muppet', 'muppets', 'twit', 'chump', 'schmuck', 'lackey', 'lapdog', 'poodle', 'apologist',
  'bot', 'bots', 'bottom-feeder', 'bottom-feeders', 'bottom feeder', 'bottom feeders', 'dim bulb', 'dim bulbs',
  'lemming', 'lemmings', 'ghoul', 'ghouls', 'sleaze', 'sleazes', 'dipstick', 'slumlord', 'slumlords', 'inbreds',
  'psychos', 'waste of cap space', 'waste of a roster spot',
  'crybaby', 'crybabies', 'waste of oxygen', 'waste of air', 'waste of skin', 'dumbo', 'halfwits', 'nitwits',
  // a thread's: "you're a waste of a username", "thanks for proving my point, dumb dumb"
  'waste of a username', 'waste of a keyboard', 'dumb dumb', 'dum dum', 'dumdum',
  'drunkard', 'cockroach', 'egomaniac', 'megalomaniac', 'sucker', 'suckers', 'wench', 'murderer', 'criminal', 'thief',
  'sellout', 'sellouts', 'monster', 'monsters', 'know-nothing', 'know-nothings', 'npc', 'npcs', 'mouthpiece',
  'rapist', 'sack of human waste', 'sack of garbage', 'sack of crap', 'zombie', 'zombies', 'nazi', 'nazis', 'vandal',
  'tool', 'tools', 'piece of work', 'keyboard warrior', 'keyboard warriors', 'keyboard soldier', 'keyboard soldiers',
  'keyboard general', 'keyboard generals', 'keyboard hero', 'keyboard heroes', 'armchair hero', 'armchair heroes',
  'armchair warrior', 'armchair warriors',
  'keyboard commando', 'keyboard commandos', 'pawn', 'pawns', 'cry baby', 'cry babies',
  'gnome', 'goblin', 'troglodyte', 'neanderthal', 'hick', 'punk', 'punks', 'loudmouth', 'loud mouth', 'big mouth',
  'bigmouth',
  'fanboy', 'fanboys', 'fangirl', 'fangirls', 'drama queen', 'drama queens', 'crank', 'cranks', 'harpy', 'harpies',
  'rabid dog', 'doormat', 'fatso', 'fatsos', 'bootlicker', 'bootlickers', 'boot licker', 'boot lickers', 'bozo',
  'bozos', 'weakling', 'weaklings', 'jailbird', 'jailbirds', 'noob', 'noobs', 'n00b', 'parasites', 'leech', 'leeches',
  'lemmings',
  // The names of the British and American comment sections
  'thicko', 'numpty', 'numpties', 'plonker', 'pillock', 'prat', 'prats', 'berk', 'lout', 'louts', 'yob', 'yobs',
  'loon', 'loons', 'kook', 'kooks', 'loony', 'loonies', 'wacko', 'wackos', 'whacko', 'nutter', 'nutters', 'wingnut',
  'wingnuts', 'moonbat', 'moonbats', 'charlatan', 'charlatans', 'quack', 'quacks', 'gasbag', 'blabbermouth',
  'sycophant', 'sycophants', 'toady', 'lickspittle', 'turncoat', 'turncoats', 'quisling', 'quislings', 'worm', 'worms',
  'deceiver', 'deceivers', 'ratbag', 'ratbags', 'fake', 'fakes', 'half wit', 'half-wit', 'sloth', 'window licker', 'window lickers',
  // a crank ("You are FruitCake Trust Funded FakeNews Journalism"), mild: held
  'fruitcake', 'fruitcakes',
  'armchair general', 'armchair generals', 'armchair strategist', 'armchair strategists', 'armchair pundit',
  'armchair pundits', 'armchair expert',
  'armchair experts', 'pseudo-intellectual', 'pseudo-intellectuals', 'a-hole', 'a-holes',
  // More of the comment sections' names for a fool, a weakling, a sneak
  'dotard', 'dotards', 'dingbat', 'dingbats', 'dipstick', 'dunderhead', 'dunderheads', 'fathead', 'knucklehead',
  'knuckleheads', 'lamebrain', 'meathead', 'meatheads', 'mouth-breather', 'mouth-breathers', 'mouthbreather',
  'numbnuts', 'doofus', 'twerp', 'pipsqueak', 'smartass', 'sleazeball', 'wuss', 'wimp', 'wimps', 'dupe', 'dupes',
  'ghoul', 'ghouls', 'shyster', 'slob', 'slobs', 'yokel', 'yokels', 'rube', 'rubes', 'whiner', 'whiners', 'crackhead',
  'reprobate', 'hothead', 'freeloader', 'freeloaders', 'sadist', 'snitch', 'zealot', 'zealots', 'swine', 'incel',
  'incels', 'good-for-nothing', 'good-for-nothings',
  // the idle, as a strike's or a housing benefit's comments call people: "a lazy sponger", "selfish layabouts"
  'sponger', 'spongers', 'scrounger', 'scroungers', 'layabout', 'layabouts',
  // Russian insults in Latin letters (russian.ts reads them said to "ty")
  'debil', 'debils', 'durak', 'duraki', 'kretin', 'pridurok', 'ublyudok', 'podonok', 'skotina', 'svoloch',
  'gremlin', 'gremlins',
  // The terraces' names for a player or a fan
  // (not "has-been": a trigger word is a hyphenated word's last part, and "been" stands in every other comment)
  'glory hunter', 'glory hunters', 'bottler', 'bottlers', 'plastic fan', 'plastic fans',
  // Cheats and swindlers
  'cheater', 'cheaters', 'con artist', 'con artists', 'scammer', 'scammers', 'fraudster', 'fraudsters', 'swindler',
  'swindlers',
  // Said of a woman ("a lazy cow"); "a cash cow", "a sacred cow" name things, which the rules read as such
  'cow', 'cows',
  'snob', 'snobs',
  // The climate debate's and the culture war's names for people
  // (not "redneck" nor "hillbilly": tweets say them of themselves, their kin and places, "you might be a redneck")
  'cultist', 'cultists', 'tree-hugger', 'tree-huggers', 'treehugger', 'treehuggers', 'hippie', 'hippies',
  // and health's: "you conspiracy nut", "a flat-earther with a keyboard", "a snake oil salesman"
  'flat-earther', 'flat-earthers', 'conspiracy nut', 'conspiracy nuts', 'snake oil salesman', 'snake oil salesmen',
  // a thread's: "nobody thanks you for your service, grandpa, you're a relic" (of a thing, "the treaty is a relic")
  'relic', 'relics',
  // gaming's: "Git gud, scrub", "Only a basement dweller would …", "Shut up, soyboy"
  'scrub', 'scrubs', 'basement dweller', 'basement dwellers', 'soyboy', 'soyboys', 'soy boy', 'soy boys',
  // sport's: "an overpaid donkey who couldn't hit a barn door" (not "dinosaur": "our coach is a dinosaur, but he
  // wins" is fond, and Barney is one)
  'donkey', 'donkeys',
  // "you lazy bums" (not "bums on seats": a count of people, never said to them)
  'bum', 'bums',
  // the language debate's: one who forgot his people's tongue, a settler's heir
  'mankurt', 'mankurts', 'colonial leftover', 'colonial leftovers',
  // a man dressed or living off women, said of him
  'pimp', 'pimps',
  // those said to live off others: "Utility company bosses are bloodsucking vampires"
  'bloodsucker', 'bloodsuckers', 'vampires',
  // the old, as the young call them
  'old fart', 'old farts', 'geezer', 'geezers',
  // the wild man, said of a person ("Anyone who eats horse meat is a savage"); drunks, said of a trade
  'savage', 'savages', 'barbarian', 'barbarians', 'drunks',
  // tech's: "basement goblins", "The IT minister is a fossil who can't open an email"
  'goblins', 'fossil', 'fossils',
  // the tweets' spellings: "your an idoit", "played like the udiot he is"
  'idoit', 'idoits', 'udiot', 'udiots',
  // a person called refuse: "Don't waste your time on human waste", "she is human garbage"
  'human waste', 'human garbage', 'human trash', 'human filth', 'human scum',
  // "a left wing nut", as "wingnut"
  'wing nut', 'wing nuts',
  // "These dem dolts are schizo", "an unserious attention seeker"
  'dolts', 'schizo', 'schizos', 'mongoloid', 'mongoloids', 'knuckle-dragger', 'knuckle-draggers',
  'knuckledragger', 'knuckledraggers', 'attention seeker', 'attention seekers', 'cockroaches', 'roaches', 'scarecrow',
  // the plurals of the sexual crimes ("Tech bros are all rapists in hoodies"), and of the cruel
  'rapists', 'pedophiles', 'paedophiles', 'sadists',
  // one who shows off ("a brainless show-off with no future")
  'show-off', 'show-offs',
  // a petty tyrant ("The dean is a little Hitler", "a power-tripping little Napoleon")
  'little hitler', 'little hitlers', 'little napoleon', 'little napoleons', 'little tyrant', 'little tyrants',
  'little dictator', 'little dictators', 'petty tyrant', 'petty tyrants', 'petty dictator', 'petty dictators',
  // the scolds: "a hypocritical prude", "a bunch of humourless scolds", "a nosy busybody"
  'prude', 'prudes', 'scold', 'scolds', 'busybody', 'busybodies', 'killjoy', 'killjoys',
  // a job got through family: "The editor-in-chief is a talentless nepotism hire"
  'nepotism hire', 'nepotism hires', 'nepo baby', 'nepo babies',
  // sport's: "a lazy overpaid prima donna" (not "cheat": a verb after "you", "If you cheat, you lose"; nor "has-been"
  // or "yes-men", whose trigger words would be "been" and "yes": attacks.ts reads them in phrases); a mug, the British
  // fool ("Anyone who buys this stock deserves to lose every penny, you mugs"; a thing too, attack-words.ts's
  // ALSO_FOR_IDEAS)
  'mug', 'mugs',
  'prima donna', 'prima donnas', 'fantasist', 'fantasists', 'midwit', 'midwits',
  // a lawyer who chases the injured for fees
  'ambulance chaser', 'ambulance chasers',
  // the pandemic's: "Maskholes like you should be arrested", "You covidiots"; a gay man said to hide and hate himself
  'maskhole', 'maskholes', 'covidiot', 'covidiots', 'closet case', 'closet cases',
  // the mad ("He is a madman!"), the sleazy spelled apart, a loser as the tweets spell him
  'madman', 'madmen', 'madwoman', 'sleaze bag', 'sleaze bags', 'losser', 'lossers',
  // big beasts a body is called (of a person only: attack-words.ts's ALSO_FOR_IDEAS)
  'walrus', 'whale', 'hippo',
  // the office's and the internet's: "a clueless bean counter", "a basement-dwelling neckbeard" (not "fat cat": "The
  // minister is a fat cat of the old system, people say" is the politics of pay)
  'bean counter', 'bean counters', 'neckbeard', 'neckbeards', 'pencil pusher', 'pencil pushers', 'paper pusher',
  'paper pushers',
  // a person called refuse, the internet's order of the words: "She is a garbage person"
  'trash human', 'trash person', 'garbage human', 'garbage person',
];

/** Adjectives that insult a person when said of them: "you are stupid", "Ling is a vile …". */
// prettier-ignore
export const INSULT_ADJECTIVES = [
  'stupid', 'dumb', 'idiotic', 'moronic', 'retarded', 'brainless', 'mindless', 'clueless', 'dimwitted', 'dense',
  'pathetic', 'worthless', 'useless', 'disgusting', 'repulsive', 'revolting', 'vile', 'filthy', 'nasty', 'ugly',
  'hideous', 'rotten', 'horrible', 'terrible', 'awful', 'despicable', 'contemptible', 'loathsome', 'scummy',
  'shitty', 'crappy', 'fucked', 'fucking', 'sick', 'twisted', 'evil', 'fat', 'ignorant', 'gross', 'creepy', 'lame',
  'trashy', 'brain dead', 'braindead', 'deranged', 'demented', 'psychotic', 'insane', 'crazy', 'mental',
  'delusional', 'incompetent', 'dishonest', 'spineless', 'gutless', 'senile', 'sleazy', 'slimy',
  'shameless', 'disgraceful', 'illiterate', 'inept', 'corrupt', 'treasonous', 'uneducated', 'brainwashed', 'gullible',
  'arrogant', 'hypocritical', 'pompous', 'childish', 'immature', 'petty', 'hateful', 'bigoted', 'pitiful', 'unhinged',
  'hysterical', 'paranoid', 'thick', 'thickest', 'dumbest', 'stupidest', 'brain-dead', 'mentally challenged', 'brain damaged',
  'lazy', 'mentally ill', 'nuts', 'smug', 'insufferable', 'obnoxious', 'sanctimonious', 'self-righteous', 'deluded',
  'cowardly', 'narrow-minded', 'small-minded', 'pig-headed', 'dim-witted', 'half-witted', 'feeble-minded',
  'simple-minded', 'batshit', 'loony', 'nutty', 'repugnant', 'odious', 'dim', 'sleezy',
  'gormless', 'witless', 'feckless', 'asinine', 'imbecilic', 'cretinous', 'dopey', 'daft', 'dozy', 'vapid', 'batty',
  'barmy', 'clownish', 'buffoonish', 'smarmy', 'conceited', 'pretentious', 'two-faced', 'deceitful', 'mendacious',
  'treacherous', 'crooked', 'unethical', 'immoral', 'perverted', 'unintelligent', 'obtuse', 'power-tripping', 'toxic',
  'talentless', 'unpleasant', 'unstable', 'mentally unstable', 'embarrassing', 'greedy', 'unattractive', 'inbred',
  'washed-up', 'bloodsucking', 'selfish', 'disrespectful', 'annoying', 'whiny', 'smelly', 'stinky', 'heartless',
  'soulless', 'shallow',
  // the tweets' spelling: "u r so stoopid"
  'stoopid',
  // less than human, said of people ("they're subhuman")
  'subhuman', 'sub-human',
  // a head with nothing in it: "Justin is an empty-headed pretty boy"
  'empty-headed', 'pea-brained', 'bird-brained',
  // greed for money, said of people: "The victim's family are money-grubbing vultures"
  'money-grubbing',
  // "You're a self-hating closet case", "bootlicking cowards", "mouth-breathing idiots"
  'self-hating', 'bootlicking', 'boot-licking', 'mouth-breathing', 'knuckle-dragging', 'knuckle dragging',
  'power-mad',
  // a man called unmanly: "this reviewer is obviously a limp-wristed sissy"
  'limp-wristed',
  // a body mocked: "The senator is a bloated walrus"
  'bloated',
];

/** Said of a person, these accuse rather than insult: held for a moderator, not refused. */
// prettier-ignore
export const MILD_INSULTS = new Set([
  'liar', 'liars', 'lier', 'liers', 'bully', 'bullies', 'hypocrite', 'hypocrites', 'troll', 'trolls', 'shill', 'shills', 'clown', 'clowns', 'fool',
  'fools', 'coward', 'cowards', 'ignorant', 'clueless', 'delusional', 'crazy', 'insane', 'mental', 'lame', 'sick',
  'mankurt', 'mankurts', 'pimp', 'pimps', 'vampires', 'savage', 'savages', 'barbarian', 'barbarians', 'drunks', 'fossil',
  'fossils', 'show-off', 'show-offs', 'jobsworth', 'jobsworths',
  // a housing story's word for a landlord of slums: "The slumlord was fined for damp and mould"; a court's jester, a
  // job in history ("The court jester was a real job in medieval Europe")
  'slumlord', 'slumlords', 'court jester', 'court jesters',
  // (the singular only: "a degenerate gambler" is said of oneself; the plural is strong: "Only degenerates listen to …")
  'degenerate',
  // the spoiled's words, insults only where a vocative makes them one: "Stop whining, you entitled little child"
  'entitled', 'spoiled', 'spoilt',
  'evil', 'snake', 'weasel', 'rat', 'creep', 'freak', 'fat', 'dense', 'twisted', 'disgrace', 'abomination', 'fraud',
  'failure', 'bigot', 'bigots', 'racist', 'racists', 'fascist', 'fascists', 'traitor', 'traitors', 'crook', 'crooks',
  'puppet', 'sheep', 'sheeple', 'snowflake', 'snowflakes', 'commie', 'commies', 'hack', 'joke', 'embarrassment',
  'thug', 'thugs', 'brat', 'brats', 'narcissist', 'sociopath', 'psychopath', 'lunatic', 'lunatics', 'nutjob',
  'nutcase', 'nut case', 'weirdo', 'psycho', 'phony', 'witch', 'maniac', 'jerk', 'jerks', 'dope', 'dopes', 'dummy', 'deplorable',
  'deplorables', 'grifter', 'incompetent', 'dishonest', 'unhinged', 'spineless', 'gutless', 'senile', 'shameless',
  'disgraceful', 'illiterate', 'inept', 'corrupt', 'treasonous', 'hysterical', 'crackpot', 'blowhard', 'windbag',
  'stooge', 'stooges', 'propagandist', 'propagandists', 'peasant', 'peasants', 'lackey', 'lapdog', 'poodle', 'apologist', 'bot',
  'bots', 'uneducated', 'brainwashed', 'gullible', 'arrogant', 'hypocritical', 'pompous', 'childish', 'immature',
  'petty', 'hateful', 'bigoted', 'pitiful', 'paranoid', 'twit', 'chump', 'thick', 'crybaby', 'crybabies', 'drunkard', 'lazy', 'egomaniac',
  'megalomaniac', 'sucker', 'suckers', 'murderer', 'criminal', 'thief', 'rapist', 'zombie', 'zombies', 'nazi', 'nazis',
  'vandal', 'mentally ill', 'nuts', 'sellout', 'sellouts', 'monster', 'monsters', 'know-nothing', 'know-nothings', 'npc', 'npcs', 'mouthpiece',
  'tool', 'tools', 'piece of work', 'keyboard warrior', 'keyboard warriors', 'keyboard soldier', 'keyboard soldiers',
  'keyboard general', 'keyboard generals', 'keyboard hero', 'keyboard heroes', 'armchair hero', 'armchair heroes',
  'armchair warrior', 'armchair warriors',
  'keyboard commando', 'keyboard commandos', 'pawn', 'pawns', 'cry baby', 'cry babies',
  'fanboy', 'fanboys', 'fangirl', 'fangirls', 'drama queen', 'drama queens', 'crank', 'cranks', 'harpy', 'harpies',
  'rabid dog', 'doormat', 'fatso', 'fatsos', 'bootlicker', 'bootlickers', 'boot licker', 'boot lickers', 'bozo', 'bozos',
  'weakling', 'weaklings', 'jailbird', 'jailbirds', 'noob', 'noobs', 'n00b', 'lemmings', 'dweeb', 'dweebs',
  'dork', 'dorks', 'nimrod', 'nimrods', 'clod', 'goon', 'goons', 'miscreant', 'miscreants', 'galah', 'bogan', 'bogans',
  'toad', 'vulture', 'vultures', 'hyena', 'hyenas', 'jackal', 'jackals', 'cur',
  'dupe', 'dupes', 'ghoul', 'ghouls', 'shyster', 'slob', 'slobs', 'yokel', 'yokels', 'rube', 'rubes', 'whiner', 'whiners',
  'crackhead', 'reprobate', 'hothead', 'freeloader', 'freeloaders', 'sponger', 'spongers', 'scrounger', 'scroungers',
  'layabout', 'layabouts', 'sadist', 'snitch', 'zealot', 'zealots', 'wuss',
  'wimp', 'wimps', 'dotard', 'dotards', 'swine', 'feckless', 'daft', 'dozy', 'dopey', 'vapid', 'batty', 'barmy',
  'clownish', 'buffoonish', 'smarmy', 'conceited', 'pretentious', 'two-faced', 'deceitful', 'mendacious', 'treacherous',
  'crooked', 'unethical', 'immoral', 'perverted', 'obtuse', 'power-tripping', 'incel', 'incels', 'durak', 'duraki',
  'toxic', 'gremlin', 'gremlins', 'glory hunter', 'glory hunters', 'bottler', 'bottlers', 'plastic fan',
  'plastic fans', 'talentless', 'washed-up', 'unpleasant', 'cheater', 'cheaters', 'con artist', 'con artists', 'scammer', 'scammers',
  'fraudster', 'fraudsters', 'swindler', 'swindlers', 'unstable', 'mentally unstable', 'embarrassing', 'greedy',
  'unattractive', 'cow', 'cows', 'snob', 'snobs', 'fruitcake', 'fruitcakes', 'cultist', 'cultists', 'tree-hugger', 'tree-huggers', 'treehugger',
  'treehuggers', 'hippie', 'hippies', 'flat-earther', 'flat-earthers', 'conspiracy nut', 'conspiracy nuts',
  'snake oil salesman', 'snake oil salesmen', 'inbred', 'donkey', 'donkeys', 'scrub', 'scrubs', 'relic', 'relics',
  'loon', 'loons', 'kook', 'kooks', 'loony', 'loonies', 'wacko', 'wackos', 'whacko', 'nutter', 'nutters', 'wingnut',
  'wingnuts', 'moonbat', 'moonbats', 'charlatan', 'charlatans', 'quack', 'quacks', 'gasbag', 'blabbermouth',
  'sycophant', 'sycophants', 'toady', 'lickspittle', 'turncoat', 'turncoats', 'quisling', 'quislings', 'smug',
  'deceiver', 'deceivers', 'ratbag', 'ratbags', 'fake', 'fakes', 'dim', 'sloth', 'armchair general', 'armchair generals',
  'armchair strategist', 'armchair strategists', 'armchair expert', 'armchair experts', 'pseudo-intellectual',
  'pseudo-intellectuals',
  'insufferable', 'obnoxious', 'sanctimonious', 'self-righteous', 'deluded', 'cowardly', 'narrow-minded',
  'small-minded', 'pig-headed', 'nutty', 'batshit',
  // The words of "you're just a bitter old man": sad rather than insulting
  'bitter', 'sad', 'lonely', 'angry', 'grumpy', 'miserable', 'spiteful',
  // and the rude and the selfish, said of a person: "he is a selfish person", "she is being disrespectful", "you are so
  // annoying" (not "rude" or "boring", a review's words for a waiter or a speaker; nor "entitled", "entitled to a
  // drink", or "spoiled", said of pets)
  'selfish', 'disrespectful', 'annoying', 'whiny', 'smelly', 'stinky', 'heartless', 'soulless', 'shallow',
  'attention seeker', 'attention seekers', 'dolts', 'schizo', 'schizos', 'scarecrow',
  'ambulance chaser', 'ambulance chasers', 'money-grubbing', 'self-hating', 'bootlicking', 'boot-licking', 'madman',
  'madmen', 'madwoman', 'walrus', 'whale', 'hippo', 'bloated', 'bean counter', 'bean counters', 'pencil pusher',
  'pencil pushers', 'paper pusher', 'paper pushers', 'prude', 'prudes', 'scold', 'scolds', 'busybody', 'busybodies',
  'killjoy', 'killjoys', 'nepotism hire', 'nepotism hires', 'nepo baby', 'nepo babies',
  'prima donna', 'prima donnas', 'fantasist', 'fantasists', 'midwit', 'midwits',
]);

/** Words that strengthen an insult between the target and the insult: "you are such a complete …". */
// prettier-ignore
export const INTENSIFIERS = [
  'a', 'an', 'the', 'such', 'so', 'as', 'really', 'very', 'total', 'totally', 'complete', 'completely', 'absolute',
  'absolutely', 'utter', 'utterly', 'rude', 'fucking', 'freaking', 'frigging', 'big', 'little', 'biggest', 'most', 'just',
  'nothing but', 'truly', 'literally', 'pure', 'typical', 'old', 'stupid', 'dumb', 'ugly', 'fat', 'lying',
  'pathetic', 'dangerous', 'disgusting', 'sad', 'sick', 'corrupt', 'incompetent', 'lying', 'miserable', 'vile', 'too',
  'this', 'that', 'quite', 'pretty', 'incredibly', 'extremely', 'clearly', 'obviously', 'seriously', 'genuinely', 'and',
  'beyond', 'indeed', 'definitely', 'certainly', 'probably', 'officially', 'nothing more than', 'no better than', 'either',
  'opportunistic', 'illiterate', 'lazy', 'shameless', 'delusional', 'hypocritical', 'paid', 'ignorant', 'uneducated', 'brainwashed', 'spineless', 'gutless', 'clueless', 'brainless', 'worthless', 'useless',
  'filthy', 'nasty', 'dishonest', 'arrogant', 'creepy', 'dirty', 'crazy', 'senile', 'idiotic', 'moronic', 'retarded',
  'spoiled', 'spoilt', 'whiny', 'whiney', 'whining', 'contemptuous', 'despicable', 'ridiculous', 'hysterical', 'bitter',
  'both', 'simply', 'obsessive', 'lonely', 'entitled', 'drunken', 'self-important', 'pompous', 'power-tripping', 'jumped-up', 'confidently', 'wilfully', 'willfully', 'proudly',
  // and the selfish and the smug, before a vocative ("…, selfish idiots", "This decrepit old hag of a columnist"), and
  // the brave of sarcasm ("Such a brave keyboard hero")
  'selfish', 'smug', 'decrepit', 'brave',
  // and the wicked and the grasping ("She got what she deserved, the evil witch")
  'evil', 'greedy',
  // Everyday emphasis: "a true idiot", "a raging lunatic", "one dumb dude", "a bunch of clowns". Each word here is
  // tried in some 25 patterns; the list is kept to the words comments use (adding 45 cost 5 µs a check).
  'true', 'real', 'raging', 'massive', 'huge', 'proper', 'certified', 'damn', 'bloody', 'one', 'bunch of',
  'first-class', 'world-class', 'bald', 'effing', 'frickin', 'fricking', 'freakin', 'friggin', 'damned', 'blindly',
  'hopelessly', 'painfully', 'woefully', 'talentless', 'washed-up', 'greedy', 'thieving',
  // and what stands between the verb and the insult without changing it: "She is also ugly as hell", "he is still a fool"
  'also', 'still', 'friken', 'even', 'more',
  // and a crowd of them: "a cult of spoiled brats", "a pack of liars", "a cesspool of morons"
  'cult of', 'pack of', 'gang of', 'horde of', 'cesspool of', 'gaggle of', 'den of', 'nest of',
  // and a swear spelled round: "You f-ing idiot"
  'f-ing', 'f-in', 'effin',
  // and a type of them: "a textbook example of a Kremlin bot"
  'textbook example of', 'perfect example of', 'prime example of', 'classic example of',
];

/**
 * Groups of people by identity (religion, ethnicity, nationality, sexuality,
 * gender, disability, age, migration). Naming a group is never a problem by
 * itself; these are used only next to hate verbs or dehumanising words.
 */
// prettier-ignore
export const GROUPS = [
  'muslims?', 'islam', 'christians?', 'catholics?', 'protestants?', 'jews?', 'jewish', 'hindus?', 'sikhs?',
  'buddhists?', 'taoists?', 'atheists?', 'mormons?', 'wahhabis?', 'salafis?', 'evangelicals?', 'orthodox christians?',
  'orthodox believers', 'orthodox jews?', 'scientologists?', "jehovah's witnesses", 'religious people', 'blacks?', 'whites?', 'asians?', 'africans?',
  'african americans?', 'arabs?', 'latinos?', 'latinas?', 'latinx', 'hispanics?', 'mexicans?', 'indians?', 'chinese',
  'japanese', 'koreans?', 'americans?', 'canadians?', 'europeans?', 'russians?', 'armenians?', 'turks?',
  'azerbaijanis?', 'azeris?', 'ukrainians?', 'kazakhs?', 'kyrgyz', 'tajiks?', 'uzbeks?', 'turkmens?', 'belarusians?',
  'georgians?', 'chechens?', 'germans?', 'poles', 'polish', 'brits', 'french', 'gypsies', 'gypsy', 'gipsies', 'roma', 'middle eastern(?:ers?)?', 'middle aged', 'immigrants?', 'migrants?', 'refugees?',
  // The peoples of the region this publisher covers
  'caucasians?', 'central asians?', 'dagestanis?', 'ossetians?', 'abkhaz(?:ians?)?', 'tatars?', 'bashkirs?', 'buryats?', 'yakuts?', 'tuvans?', 'kalmyks?', 'ingush',
  'moldovans?', 'kurds?', 'iranians?', 'latvians?', 'lithuanians?', 'estonians?', 'afghans?', 'pakistanis?', 'somalis?',
  'syrians?', 'albanians?', 'nigerians?', 'balts', 'slavs?', 'serbs?', 'croats?', 'bosnians?', 'romanians?',
  'bulgarians?', 'hungarians?', 'israelis?', 'palestinians?', 'uyghurs?', 'uighurs?', 'mongolians?', 'karakalpaks?',
  // Russians who moved to Central Asia and the Caucasus after 2022, as the region's comments call them
  'relocants?',
  // the first peoples of the Americas and Australia: "Native people are drunks living off welfare"
  'natives', 'native people', 'native americans?', 'native canadians?', 'native hawaiians?', 'indigenous people',
  'indigenous peoples', 'indigenous australians?', 'indigenous canadians?', 'aboriginals?', 'aborigines', 'first nations',
  'inuit',
  // and people by the part of a country they come from: "Southerners are all animals"
  'southerners?', 'northerners?',
  'foreigners?', 'illegals', 'gays?', 'lesbians?', 'bisexuals?', 'homosexuals?', 'heterosexuals?', 'straights?', 'queers?',
  'trans', 'transgenders?', 'nonbinary', 'lgbtq?', 'women', 'woman', 'men', 'females?', 'males?', 'girls', 'boys',
  'elderly', 'old people', 'old', 'young people', 'young', 'older', 'younger', 'teenagers?', 'teenage', 'pensioners?',
  'retirees?',
  'millenials?', 'millennials?', 'boomers?', 'gen z', 'gen zers?', 'zoomers?', 'disabled', 'blind', 'deaf', 'paralyzed',
  'autistic', 'amputees?',
  // and people by a disability or an illness they live with: "Wheelchair users are a drain on the NHS"
  'wheelchair users', 'mentally ill',
  'people with disabilities', 'people with a disability', 'people with down syndrome', 'people with autism',
  'people with dementia', 'people with special needs', 'people with learning disabilities', 'people with mental illness',
  // and by how they read or speak ("Dyslexics are just thick kids", "Stammerers are useless on the phone"), and by other
  // conditions ("People in wheelchairs are a burden", "Epileptics shouldn't be allowed to have children", "Down
  // syndrome kids should not be allowed in normal schools")
  'dyslexics', 'dyslexic people', 'stammerers', 'stutterers', 'people in wheelchairs', 'epileptics', 'epileptic people',
  'schizophrenics?', 'depressed people', 'down syndrome kids', 'down syndrome children', 'dwarfs', 'dwarves',
];

/** Words that deny a group's humanity: "… are vermin", "… are animals". */
// prettier-ignore
export const DEHUMANISING = [
  'animals', 'beasts', 'vermin', 'rats', 'cockroaches', 'roaches', 'parasites', 'leeches', 'subhuman', 'sub human',
  'savages', 'apes', 'monkeys', 'pigs', 'dogs', 'filth', 'scum', 'a disease', 'a plague', 'a cancer',
  'an infestation', 'a virus', 'insects', 'trash', 'garbage', 'not human', 'not people', 'orcs', 'invaders',
  'a curse', 'snakes', 'hyenas', 'jackals', 'locusts', 'an abomination', 'a death cult',
  // people as things without a mind or a heart ("People with dementia are vegetables", "Autistic people are robots")
  'vegetables', 'robots',
];

/**
 * Words that cast people as a cost: "disabled people are a burden" is hate;
 * "migrants are a burden on the cities" is a claim in the migration debate
 * (see hate.ts: migration status is left to it).
 */
export const A_COST = [
  'a burden',
  'a drain',
  'a waste of resources',
  'a waste of money',
  'a waste of space',
  'a waste of hospital beds',
  // and as a danger to the young and the nation ("LGBT people are a threat to the family and the nation"; not "a
  // threat to NATO", a state's)
  'a threat to the family',
  'a threat to families',
  'a threat to children',
  'a threat to our children',
  'a threat to society',
  'a threat to the nation',
  'a danger to children',
  'a danger to society',
];

/** The one a plural's "like" points at, standing for the people named: "Teachers like her are …", "Women like her …". */
export const LIKE_WHOM = ['her', 'him', 'them', 'that', 'this', 'these', 'those'];
/** The people who write what a reader comments on: in many of the shapes below, and among the people words. */
export const WRITERS = ['author', 'writer', 'reporter', 'journalist', 'editor', 'columnist'];
/** Plain words for a person: "a stupid man", "what a pathetic little creature". */
// prettier-ignore
export const PLAIN_PERSONS = [
  'man', 'woman', 'person', 'boy', 'girl', 'guy', 'kid', 'child', 'creature', 'individual', 'dude', 'lady',
];
/** People's roles in public life. */
// prettier-ignore
export const PUBLIC_ROLES = [
  'president', 'minister', 'senator', 'politician', 'mayor', 'governor', 'leader', 'pundit', 'judge', 'professor',
  'ambassador', 'envoy', 'secretary', 'chief', 'congressman', 'congresswoman', 'official', 'spokesman', 'spokeswoman',
  'lawmaker', 'candidate', 'commentator', 'analyst', 'expert', 'host', 'anchor', 'diplomat', 'pope', 'patriarch',
  'priest', 'bishop', 'imam', 'rabbi', 'general', 'commander', 'coach', 'chairman', 'ceo', 'dictator', 'tyrant', 'despot',
  'autocrat', 'strongman', 'ruler', 'oligarch', 'monarch', 'king', 'queen', 'prince', 'chancellor', 'premier',
  // and elections' (an akim, a hokim: a mayor or governor in Kazakhstan and Uzbekistan)
  'deputy', 'mp', 'parliamentarian', 'councillor', 'councilor', 'commissioner', 'incumbent', 'nominee', 'delegate',
  'akim', 'hokim',
  // and boards' and companies' ("the board chair", "the school superintendent", "the CFO")
  'chair', 'chairwoman', 'chairperson', 'trustee', 'superintendent', 'cfo', 'cto',
];
/** People in sport, culture and daily life, as comments under their news name them. */
// prettier-ignore
export const DAILY_ROLES = [
  'player', 'footballer', 'captain', 'goalkeeper', 'keeper', 'striker', 'defender', 'midfielder', 'referee', 'ref', 'umpire',
  'manager', 'chef', 'warden', 'weatherman', 'forecaster',
  'cook', 'singer', 'actor', 'actress', 'rapper', 'director', 'reviewer', 'critic', 'presenter', 'influencer',
  'streamer', 'youtuber', 'blogger', 'vlogger', 'podcaster', 'comedian', 'musician', 'athlete', 'boxer', 'fighter',
  'driver', 'pilot', 'landlord', 'neighbour', 'neighbor', 'boss', 'teacher', 'doctor', 'lawyer', 'waiter', 'banker',
  'economist', 'trader', 'broker', 'investor', 'accountant', 'businessman', 'businesswoman',
  // hospitals' and courts' people, as health and crime news name them
  'nurse', 'surgeon', 'dentist', 'pharmacist', 'paramedic', 'midwife', 'therapist', 'psychiatrist', 'scientist',
  'researcher', 'virologist', 'witness', 'prosecutor', 'attorney', 'defendant', 'juror', 'detective', 'policeman',
  'policewoman', 'cop', 'aide', 'adviser', 'advisor',
  // and families' ("The nanny in the video is a cruel witch")
  'nanny', 'babysitter', 'childminder',
  // and schools'
  'headteacher', 'headmaster', 'headmistress', 'principal', 'rector', 'dean', 'lecturer', 'tutor',
  // and housing's, shops', care's and travel's ("The social worker is an incompetent clown")
  'worker', 'carer', 'owner', 'agent', 'guide', 'receptionist', 'attendant', 'steward', 'stewardess', 'conductor', 'cashier', 'clerk',
  'guard', 'concierge', 'realtor', 'developer', 'tenant', 'landlady', 'builder', 'contractor', 'plumber', 'caretaker',
  'janitor',
  // and the army's ("The colonel quoted here is a senile old fool", "Mercenaries are scum")
  'soldier', 'veteran', 'conscript', 'mercenary', 'colonel', 'lieutenant', 'sergeant', 'corporal', 'admiral', 'marshal',
  'recruiter', 'salesman', 'saleswoman',
  // and the road's and the plane's ("The passenger in the video is a drunk lout")
  'passenger', 'motorist', 'cyclist', 'commuter', 'pedestrian',
  // and the gym's and the clinic's ("The nutritionist in the article is a quack", "That personal trainer is a muppet")
  'trainer', 'instructor', 'nutritionist', 'dietitian', 'dietician', 'physio', 'physiotherapist', 'chiropractor',
  // and fashion's (not "model": a forecast's too)
  'designer', 'stylist', 'photographer', 'hairdresser', 'beautician', 'wrestler',
  // and music's
  'promoter', 'organiser', 'organizer', 'producer', 'dj', 'drummer', 'guitarist', 'bassist', 'pianist', 'violinist',
  'soprano', 'tenor', 'baritone', 'composer', 'songwriter', 'frontman', 'dancer', 'idol',
  // and offices'
  'coworker', 'colleague', 'workmate', 'intern', 'employee', 'supervisor', 'bureaucrat', 'operator', 'rep',
  // and books'
  'translator', 'novelist', 'poet', 'illustrator', 'librarian', 'publisher',
  // and weddings'
  'bride', 'groom', 'toastmaster',
  // and the weather's, the border's and the road's
  'weatherman', 'weatherwoman', 'forecaster', 'meteorologist', 'officer', 'inspector', 'courier', 'trucker', 'cabbie',
  // and pets'
  'vet', 'veterinarian', 'breeder', 'groomer',
  // and business news' ("The founder is a fraud in a hoodie", "That billionaire is a parasite on society")
  'founder', 'cofounder', 'billionaire', 'millionaire', 'tycoon', 'magnate', 'executive', 'entrepreneur', 'auditor',
  'shareholder',
  // and campaigns' ("That trans activist is a freak")
  'activist', 'campaigner',
];
/** The words for a person by role, in the plural ("deputies", "journalists", "policemen"). */
export const pluralOf = (w: string) =>
  /[^aeiou]y$/.test(w)
    ? `${w.slice(0, -1)}ies`
    : /man$/.test(w)
      ? `${w.slice(0, -3)}men`
      : /(?:s|x|ch|sh)$/.test(w)
        ? `${w}es`
        : `${w}s`;
/** Verbs of violence, for threats and calls to harm. */
// prettier-ignore
export const VIOLENCE = [
  'kill', 'murder', 'shoot', 'stab', 'hang', 'lynch', 'hurt', 'beat', 'strangle', 'choke', 'punch', 'slap', 'rape',
  'behead', 'execute', 'burn', 'torture', 'bomb', 'gas', 'exterminate', 'eliminate', 'destroy', 'eradicate',
  'wipe out', 'beat up', 'smash', 'break', 'knife', 'gut', 'slaughter',
];

/** Their past participles, for "should be shot". */
// prettier-ignore
export const VIOLENCE_DONE = [
  'killed', 'murdered', 'shot', 'stabbed', 'hanged', 'hung', 'lynched', 'hurt', 'beaten', 'strangled', 'raped',
  'beheaded', 'executed', 'burned', 'burnt', 'tortured', 'gassed', 'exterminated', 'eliminated', 'eradicated',
  'wiped out', 'slaughtered', 'put down', 'shot dead', 'beaten up', 'buried alive', 'buried under the rubble',
  'crushed to death', 'trampled to death',
  'wiped off the face of the earth', 'erased from the face of the earth', 'removed from the face of the earth',
];

/**
 * Phrases in which a listed word is innocent: names, places, Latin, chemistry.
 * The profanity rule ignores matches inside them and the classifier does not
 * see them.
 */
// prettier-ignore
export const INNOCENT = [
  'magna cum laude', 'summa cum laude', 'cum laude', 'dick cheney', 'moby dick', 'philip k dick', 'dick van dyke',
  'dick butkus', 'dick tracy', 'shiitake', 'shitake', 'penistone', 'scunthorpe', 'cockburn', 'libshitz', 'clitheroe',
  'retardant', 'cockatoo', 'cockatiel', 'hancock', 'peacock', 'woodcock', 'babcock', 'alcock', 'hitchcock',
  'shuttlecock', 'weathercock', 'gamecock', 'cockney', 'cockroach', 'cockpit', 'titmouse', 'tittle', 'essex',
  'sussex', 'middlesex', 'arsenal', 'hoedown', 'shoe', 'hoe down', 'garden hoe', 'rotary hoe', 'rotary hoes', 'fuks',
  'horniman', 'lightwater', 'slut shaming', 'slut-shaming', 'slutshaming',
  'super bowl xxx',
  // The knitted hats of the 2017 Women's March; a cat; a willow
  'pussy hat', 'pussy hats', 'pussyhat', 'pussyhats', 'pussycat', 'pussycats', 'pussy cat', 'pussy cats', 'pussy willow',
  // Treading warily
  'pussyfoot', 'pussyfooting', 'pussy foot', 'pussy footing', 'pussy footin',
  // Country music's bars
  'honky tonk', 'honky-tonk', 'honky tonks', 'honky-tonks', 'honkey tonk', 'honkey-tonk', 'honkey tonks',
  // Raccoons and the cats and hounds named after them; nonsense
  'maine coon', 'maine coons', 'coon hound', 'coon hounds', 'coonhound', 'coon dog', 'coon dogs', 'coon hunting',
  'coon skin', 'gobbledy gook', 'gobbledy-gook', 'gobbledey gook', 'gobble de gook', 'gobbledee gook',
];

/**
 * Prepositions whose object a group or a name is, rather than the subject of
 * the verb after it: "tattoos on women are ugly", "the attack on Navalny was
 * stupid". Not "of": "most of the Muslims are …" names them.
 */
// prettier-ignore
export const PREPOSITIONS = [
  'on', 'about', 'against', 'for', 'to', 'with', 'by', 'toward', 'towards', 'at', 'from', 'over', 'upon', 'into',
  'onto', 'than', 'regarding', 'concerning', 'behind', 'between',
];

/**
 * Everyday words: the commonest of English, and the everyday words in the lists' phrases ("big mouth", "half wit",
 * "brain dead", "con man", "a piece of work", "a waste of money"). A phrase waits for its rarest word
 * (`triggerWords`): a pattern that waited for "big" ran on most comments and matched in almost none.
 */
// prettier-ignore
export const EVERYDAY_WORDS = new Set([
  'the', 'be', 'to', 'of', 'and', 'a', 'an', 'in', 'that', 'have', 'i', 'it', 'for', 'not', 'on', 'with', 'he', 'as',
  'you', 'do', 'at', 'this', 'but', 'his', 'by', 'from', 'they', 'we', 'say', 'her', 'she', 'or', 'will', 'my', 'one',
  'all', 'would', 'there', 'their', 'what', 'so', 'up', 'out', 'if', 'about', 'who', 'get', 'which', 'go', 'me',
  'when', 'make', 'can', 'like', 'time', 'no', 'just', 'him', 'know', 'take', 'people', 'into', 'year', 'your', 'good',
  'some', 'could', 'them', 'see', 'other', 'than', 'then', 'now', 'look', 'only', 'come', 'its', 'over', 'think',
  'also', 'back', 'after', 'use', 'two', 'how', 'our', 'work', 'first', 'well', 'way', 'even', 'new', 'want',
  'because', 'any', 'these', 'give', 'day', 'most', 'us', 'is', 'are', 'was', 'man', 'men', 'big', 'old', 'little',
  'nothing', 'half', 'dead', 'ill', 'job', 'general', 'expert', 'experts', 'fan', 'fans', 'boy', 'boys', 'space',
  'air', 'piece', 'self', 'small', 'simple', 'power', 'money', 'down', 'off', 'baby', 'babies',
]);

/** Turns a list into a regex alternation (entries may already hold regex syntax like `s?`). */
export function alternation(words: readonly string[]): string {
  // Optional endings ("muslims?", "abkhaz(?:ians?)?") are spelled out, so that the list is a trie too: the groups,
  // a flat list of 114 entries, were tried one by one at every position and cost 500 ns a character scanned.
  const plain = words.flatMap((w) => spelledOut(w) ?? [w]);
  if (plain.length > 1 && plain.every((w) => PLAIN_WORDS.test(w))) return trie(plain);
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/ /g, '\\s+'))
    .join('|');
}

const PLAIN_WORDS = /^[a-z0-9'’ -]+$/;
/**
 * Every spelling of an entry whose only regex syntax is optional parts, a
 * letter ("lgbtq?") or a group ("middle eastern(?:ers?)?"): "abkhaz(?:ians?)?"
 * gives "abkhaz", "abkhazian" and "abkhazians". Undefined for other syntax.
 */
export function spelledOut(entry: string): string[] | undefined {
  let spellings = [''];
  for (let i = 0; i < entry.length;) {
    let options: string[] | undefined;
    let next: number;
    if (entry.startsWith('(?:', i)) {
      let depth = 1;
      let close = i + 3;
      for (; close < entry.length && depth; close++) depth += entry[close] === '(' ? 1 : entry[close] === ')' ? -1 : 0;
      if (depth || entry[close] !== '?') return undefined;
      const inner = spelledOut(entry.slice(i + 3, close - 1));
      if (!inner) return undefined;
      options = ['', ...inner];
      next = close + 1;
    } else if (PLAIN_WORDS.test(entry[i]!)) {
      options = entry[i + 1] === '?' ? [entry[i]!, ''] : [entry[i]!];
      next = i + options.length;
    } else return undefined;
    spellings = spellings.flatMap((s) => options.map((o) => s + o));
    i = next;
  }
  return spellings;
}
/**
 * A list of plain words as a trie: "idiot|idiotic|imbecile" becomes
 * "i(?:diot(?:ic)?|mbecile)". V8 tries the alternatives of a flat list one by
 * one at every position a pattern reaches them; the trie reads a character
 * once and follows one branch, and a scan of the insults through a thousand
 * characters took 8 µs instead of 14. It matches what the flat list, longest
 * first, matches: where one word is a prefix of another, the longer is tried
 * first (greedy), and words that differ at a character cannot both match there.
 */
function trie(words: readonly string[]): string {
  type Node = { end: boolean; next: Map<string, Node> };
  const root: Node = { end: false, next: new Map() };
  for (const word of words) {
    let node = root;
    for (const c of word) {
      let child = node.next.get(c);
      if (!child) node.next.set(c, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  const source = (node: Node): string => {
    const branches = [...node.next]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([c, child]) => (c === ' ' ? '\\s+' : c) + source(child));
    if (!branches.length) return '';
    // One branch of one character: "x?"; anything longer (or "\\s+") needs a group to be optional.
    const single = branches.length === 1 && branches[0]!.length === 1;
    if (!node.end) return branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
    return single ? `${branches[0]}?` : `(?:${branches.join('|')})?`;
  };
  return source(root);
}
