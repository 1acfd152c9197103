/** Word lists the actor recogniser uses to read the context around a gazetteer match. */

const set = (words: string): Set<string> => new Set(words.trim().split(/\s+/));

export const DAYS_AND_MONTHS =
  set(`monday tuesday wednesday thursday friday saturday sunday january february march april may june july
  august september october november december jan feb mar apr jun jul aug sep sept oct nov dec`);

/** Capitalised words that can stand before a place name without making it part of a personal name. */
export const NOT_A_FIRST_NAME =
  set(`the a an in on at to from for by with of and or but as after before when while since during against
  between both neither nor if then also however meanwhile yet so that this these those its his her their our my your former many some
  all most near across over under into toward towards via per like unlike despite about around through beyond outside inside within
  without where whether because although though once until unless says said visit visits visited neighbouring neighboring northern
  southern eastern western central greater official officials president king queen prince minister senator governor mayor envoy
  ambassador leader general chancellor premier secretary state capital city war`);

/** Capitalised words that may follow a country name or demonym without turning it into a company or team name. */
export const TITLE_WORDS =
  set(`president vice prime minister ministers ministry ministries foreign defence defense deputy acting former
  first chief supreme crown prince king queen emperor premier chancellor secretary secretaries department departments office embassy
  embassies consulate ambassador ambassadors envoy envoys special state government governments cabinet parliament parliamentary senate
  house congress congressional army navy air armed forces force marine marines military coast guard border police intelligence security
  national federal central home interior justice finance treasury trade commerce energy economy economic health education agriculture
  transport culture environment labor labour industry information unification nuclear space secret customs agency authorities
  authority administration leader leaders leadership delegation delegations officials official diplomats diplomat diplomatic troops
  soldiers navy's spokesman spokeswoman spokesperson representative representatives attorney general commander commanders joint
  general's council assembly court supreme lawmakers legislators regime parliamentarians mission delegate central bank`);

export const MARKET_WORDS =
  set(`stock stocks shares share bourse bourses index indices indexes benchmark currency currencies dollar
  dollars yen yuan renminbi won rupee rupees rouble roubles ruble rubles euro euros pound pounds franc francs lira peso pesos shekel
  shekels rial riyal dinar dirham bonds bond treasuries equities futures market markets exchange nikkei topix kospi sensex ftse dax
  cac bovespa tsx asx nasdaq`);

/** Nouns that turn a preceding country reference into an institution ("the Russian Foreign Ministry"). */
export const INSTITUTION_NOUNS = [
  'foreign ministry',
  'ministry of foreign affairs',
  'foreign affairs ministry',
  'defence ministry',
  'defense ministry',
  'ministry of defence',
  'ministry of defense',
  'interior ministry',
  'finance ministry',
  'trade ministry',
  'justice ministry',
  'unification ministry',
  'economy ministry',
  'energy ministry',
  'emergencies ministry',
  'ministry',
  'government',
  'administration',
  'military',
  'army',
  'navy',
  'air force',
  'armed forces',
  'forces',
  'troops',
  'soldiers',
  'embassy',
  'consulate',
  'officials',
  'authorities',
  'parliament',
  'central bank',
  'diplomats',
  'diplomacy',
  'cabinet',
  'regime',
  'coast guard',
  'intelligence',
  'intelligence service',
  'security service',
  'security services',
  'side',
  'delegation',
  'negotiators',
  'leadership',
  'lawmakers',
  'legislature',
  'state',
  'border guards',
  'police',
  'navy ships',
  'warships',
  'jets',
  'fighter jets',
  'missiles',
  'mission',
  'presidency',
  'presidential office',
  'presidential administration',
  'state media',
  'state television',
  'state news agency',
  'state tv',
  'general staff',
  'joint chiefs of staff',
  'military command',
  'command',
];

/** Role nouns: "the Russian leader", "Japan's prime minister". Values are the gazetteer role codes they fit. */
export const ROLE_NOUNS: Record<string, string[]> = {
  president: ['pres', 'gov'],
  'vice president': ['vp'],
  leader: ['pres', 'pm', 'hos', 'chancellor', 'gov'],
  'supreme leader': ['hos'],
  'prime minister': ['pm', 'gov'],
  premier: ['pm', 'gov'],
  chancellor: ['chancellor', 'gov'],
  'foreign minister': ['fm', 'gov'],
  'foreign secretary': ['fm', 'gov'],
  'secretary of state': ['fm', 'gov'],
  'top diplomat': ['fm', 'gov'],
  'defence minister': ['dm'],
  'defense minister': ['dm'],
  'defence secretary': ['dm'],
  'defense secretary': ['dm'],
  minister: ['fm', 'dm', 'pm', 'official'],
  king: ['hos', 'gov'],
  emperor: ['hos', 'gov'],
  monarch: ['hos', 'gov'],
  'head of state': ['pres', 'hos', 'gov'],
  ambassador: ['ambassador'],
  envoy: ['envoy', 'ambassador'],
  spokesman: ['spox'],
  spokeswoman: ['spox'],
  spokesperson: ['spox'],
  'national security adviser': ['nsa'],
  'national security advisor': ['nsa'],
  'secretary-general': ['sg'],
  'secretary general': ['sg'],
};

/** Speech verbs that introduce direct or reported speech. */
export const SPEECH_VERBS =
  set(`said says say told tells tell stated states added adds noted notes warned warns claimed claims argued
  argues insisted insists announced announces declared declares stressed stresses emphasized emphasised emphasizes emphasises
  predicted predicts mentioned mentions explained explains suggested suggests asserted asserts acknowledged acknowledges admitted
  admits denied denies confirmed confirms reported reports wrote writes tweeted tweets posted posts replied replies responded responds
  remarked remarks maintained maintains alleged alleges complained complains vowed vows promised promises pledged pledges continued
  continues urged urges asked asks answered answers recalled recalls cautioned cautions concluded concludes observed observes
  commented comments underlined underlines reiterated reiterates affirmed affirms saying adding noting warning stating stressing
  telling explaining insisting`);

/** Capitalised words that open sentences without naming anyone. */
export const SENTENCE_OPENERS =
  set(`regarding concerning unfortunately fortunately however meanwhile additionally furthermore moreover also
  still now today yesterday tomorrow earlier later last next this that there here such according following despite amid under over
  given while although though instead indeed thus therefore currently recently previously separately elsewhere overall first second
  third finally lastly initially eventually ultimately nevertheless nonetheless otherwise rather perhaps maybe yes no not only even
  many several few most some all both each every other another any none it they we you i he she him her his them us me what why
  how who which whose where when
  in on at to from for by with of and or but as after before since during against between if then so because once until unless
  the a an its his her their our my your these those one two three four five six seven eight nine ten image photo video reports
  officials critics analysts experts observers sources residents witnesses police troops protesters students workers people`);
