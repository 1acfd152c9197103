import type { PloverCategory } from '../../../api/analysis';

/**
 * Event triggers. A pattern is a phrase: a word ending in `*` is inflected (verb forms, or the plural
 * for nouns), a word ending in `~` is a prefix, `_` stands for up to four other words.
 * Intensities follow the Goldstein scale of the matching CAMEO root.
 */
export interface TriggerEntry {
  patterns: string[];
  category: PloverCategory;
  intensity: number;
  modality: 'verbal' | 'material';
  /** The act involves both sides equally ("X and Y signed", "talks between X and Y"). */
  mutual?: boolean;
  /** A noun: its source is a possessive or demonym before it, its target follows a preposition. */
  noun?: boolean;
  /** "X is covered by the ban": the subject is the target, the owner of the ban the source. */
  coverage?: boolean;
  /** Prepositions that may introduce the target; a mention after any other preposition is a place. */
  preps?: string[];
}

const TO = ['to', 'with', 'toward', 'towards'];
const AT = ['at', 'on', 'into', 'in', 'against', 'upon', 'across', 'toward', 'towards', 'over'];

export const TRIGGERS: TriggerEntry[] = [
  // verbal cooperation
  { patterns: ['praise*', 'commend*', 'hail*', 'laud*', 'applaud*', 'thank*', 'congratulate*', 'endorse*', 'welcome*'], category: 'SUPPORT', intensity: 3.4, modality: 'verbal' },
  { patterns: ['express* _ gratitude', 'grateful to', 'express* _ appreciation'], category: 'SUPPORT', intensity: 3.4, modality: 'verbal', preps: ['to', 'for'] },
  { patterns: ['defend*', 'back*', 'support*', 'side* with', 'stand* by', 'stand* with'], category: 'SUPPORT', intensity: 3.5, modality: 'verbal' },
  { patterns: ['support for', 'backing for', 'praise for'], category: 'SUPPORT', intensity: 3.5, modality: 'verbal', noun: true, preps: ['for', 'of'] },
  { patterns: ['visit*', 'host*', 'consult*', 'contact*', 'phone*', 'call* _ counterpart'], category: 'CONSULT', intensity: 1.9, modality: 'verbal', preps: TO.concat(['in']) },
  { patterns: ['meet*', 'met', 'meet* with', 'met with', 'hold* _ talk*', 'held _ talk*', 'talk* with', 'speak* with', 'spoke with', 'spoke to', 'speak* to'], category: 'CONSULT', intensity: 2.5, modality: 'verbal', mutual: true, preps: TO },
  { patterns: ['negotiate*', 'engage* in _ talk*', 'engage* in _ negotiation*', 'enter* _ talk*', 'discuss* with'], category: 'CONSULT', intensity: 7, modality: 'verbal', mutual: true, preps: TO },
  { patterns: ['talk*', 'negotiation*', 'meeting*', 'summit*', 'dialogue', 'visit* to'], category: 'CONSULT', intensity: 4, modality: 'verbal', noun: true, mutual: true, preps: ['with', 'between', 'to'] },
  { patterns: ['agree*', 'sign* _ agreement*', 'sign* _ deal*', 'sign* _ treaty', 'sign* _ treaties', 'sign* _ accord*', 'sign* _ pact*', 'reach* _ agreement*', 'reach* _ deal*', 'conclude* _ agreement*', 'ratif~', 'strike* _ deal*', 'struck _ deal*'], category: 'AGREE', intensity: 8, modality: 'verbal', mutual: true, preps: ['with'] },
  { patterns: ['deal*', 'agreement*', 'treaty', 'treaties', 'accord*', 'pact*', 'partnership*', 'alliance*', 'swap line*'], category: 'AGREE', intensity: 6, modality: 'verbal', noun: true, mutual: true, preps: ['with', 'between'] },
  { patterns: ['cooperate*', 'collaborate*', 'work* with', 'work* _ together', 'partner* with', 'in conjunction with', 'deepen* _ partnership*', 'deepen* _ ties', 'deepen* _ relations', 'strengthen* _ ties', 'strengthen* _ relations', 'improve* _ relations', 'improve* _ ties', 'further* _ relations', 'develop* _ relations', 'mend* _ ties', 'mend* _ relations', 'normalize* _ relations', 'normalise* _ relations', 'restore* _ relations', 'restore* _ ties', 're-establish* _ relations', 'reestablish* _ relations', 'continue* cooperation', 'ready to continue cooperation', 'readiness to cooperate'], category: 'COOPERATE', intensity: 5, modality: 'verbal', preps: ['with', 'between'] },
  { patterns: ['recommend*', 'advise*', 'urge*', 'ask*', 'request*', 'appeal* to', 'call* on', 'called on', 'invite*', 'encourage*'], category: 'REQUEST', intensity: 3, modality: 'verbal' },
  // material cooperation and concessions
  { patterns: ['aid*', 'assist*', 'help*', 'supply* _ weapon*', 'supply* _ arm*', 'supply* _ aid', 'supply* _ to', 'provide* _ aid', 'provide* _ assistance', 'provide* _ weapon*', 'provide* _ arm*', 'provide* _ support', 'offer* _ support', 'offer* _ aid', 'offer* _ assistance', 'send* _ aid', 'send* _ weapon*', 'send* _ arm*', 'deliver* _ aid', 'deliver* _ weapon*', 'donate*', 'fund*', 'finance*', 'lend*', 'lent', 'give* _ aid', 'gave _ aid', 'pledge* _ aid', 'pledge* _ support'], category: 'AID', intensity: 7, modality: 'material', preps: ['to', 'for'] },
  { patterns: ['sell* _ arms to', 'sell* _ weapons to', 'sold _ arms to', 'sold _ weapons to'], category: 'AID', intensity: 8.3, modality: 'material', preps: ['to'] },
  { patterns: ['arms sale* to', 'weapons sale* to', 'arms deliver* to', 'arms deliveries to'], category: 'AID', intensity: 8.3, modality: 'material', noun: true, preps: ['to'] },
  { patterns: ['mediate*', 'broker*'], category: 'CONSULT', intensity: 5, modality: 'verbal', preps: ['between', 'with'] },
  { patterns: ['hold* joint', 'held joint', 'conduct* joint', 'stage* joint'], category: 'COOPERATE', intensity: 6.2, modality: 'material', preps: ['with'] },
  { patterns: ['aid to', 'assistance to', 'loan* to', 'arms to', 'weapons to', 'supply of weapons to', 'supplying weapons to', 'supplying arms to'], category: 'AID', intensity: 7, modality: 'material', noun: true, preps: ['to'] },
  { patterns: ['release*', 'free*', 'lift* _ sanction*', 'ease* _ sanction*', 'lift* _ ban', 'lift* _ embargo', 'apologise*', 'apologize*', 'recognise*', 'recognize*'], category: 'CONCEDE', intensity: 7, modality: 'material' },
  { patterns: ['withdraw* _ from', 'withdrew _ from', 'pull* _ out of', 'retreat* from'], category: 'RETREAT', intensity: 5, modality: 'material', preps: ['from', 'of'] },
  // verbal conflict
  { patterns: ['accuse*', 'blame*', 'allege* that', 'charge* _ with'], category: 'ACCUSE', intensity: -2, modality: 'verbal' },
  { patterns: ['criticise*', 'criticize*', 'condemn*', 'denounce*', 'slam*', 'rebuke*', 'chastise*', 'castigate*', 'lash* out at', 'reproach*', 'deplore*'], category: 'DISAPPROVE', intensity: -2, modality: 'verbal' },
  { patterns: ['evidence against', 'charge* against', 'case* against', 'lawsuit* against', 'complaint* against'], category: 'ACCUSE', intensity: -2, modality: 'verbal', noun: true, preps: ['against'] },
  { patterns: ['investigation* into', 'investigation* against', 'investigation* of', 'probe* into', 'inquiry into'], category: 'INVESTIGATE', intensity: -2, modality: 'verbal', noun: true, preps: ['into', 'against', 'of'] },
  { patterns: ['criticism of', 'condemnation of', 'accusation* against', 'provocation* to', 'provocation* against'], category: 'DISAPPROVE', intensity: -2, modality: 'verbal', noun: true, preps: ['of', 'against', 'to'] },
  { patterns: ['reject*', 'refuse*', 'rebuff*', 'snub*', 'veto*', 'boycott*', 'abandon* _ negotiation*', 'abandon* _ talk*', 'break* off _ talk*', 'broke off _ talk*', 'walk* out of', 'block*', 'obstruct*', 'violat~', 'breach*', 'break* _ agreement*', 'break* _ deal*', 'break* _ promise*', 'defy*', 'defied'], category: 'REJECT', intensity: -4, modality: 'verbal' },
  { patterns: ['threaten*', 'warn*', 'issue* _ ultimatum*'], category: 'THREATEN', intensity: -6, modality: 'verbal' },
  { patterns: ['threat* to', 'threat* against', 'ultimatum* to'], category: 'THREATEN', intensity: -6, modality: 'verbal', noun: true, preps: ['to', 'against'] },
  { patterns: ['demand*', 'insist* that', 'call* for'], category: 'DEMAND', intensity: -5, modality: 'verbal' },
  { patterns: ['protest*', 'summon* _ ambassador', 'summon* _ envoy', 'postpone* _ visit*', 'cancel* _ visit*', 'recall* _ ambassador'], category: 'PROTEST', intensity: -4, modality: 'verbal', preps: ['against', 'over', 'to', 'with'] },
  { patterns: ['investigate*', 'probe*'], category: 'INVESTIGATE', intensity: -2, modality: 'verbal' },
  { patterns: ['relations worsen*', 'relations deteriorat~', 'ties worsen*', 'ties deteriorat~', 'relations sour*', 'ties sour*', 'tension* between', 'row* with', 'row* between', 'at odds with', 'at odds over', 'at loggerheads', 'dispute* with', 'dispute* between', 'rift* with', 'rift* between'], category: 'DISAPPROVE', intensity: -4, modality: 'verbal', mutual: true, preps: ['with', 'between'] },
  // material conflict
  { patterns: ['sanction*', 'ban*', 'embargo*', 'expel*', 'impose* _ sanction*', 'impose* _ tariff*', 'impose* _ embargo', 'impose* _ ban', 'cut* _ ties', 'sever* _ ties', 'suspend* _ aid', 'suspend* _ talk*', 'suspend* _ relations', 'freeze* _ asset*', 'froze _ asset*', 'restrict* entry', 'deny* _ entry', 'denied _ entry', 'travel ban* on', 'advise* against travel to'], category: 'SANCTION', intensity: -5, modality: 'material', preps: ['on', 'against', 'with', 'to', 'from'] },
  { patterns: ['covered by _ ban*', 'covered by _ sanction*', 'covered by _ embargo*', 'subject to _ ban*', 'subject to _ sanction*', 'affected by _ ban*', 'targeted by _ sanction*', 'hit by _ sanction*', 'covered'], category: 'SANCTION', intensity: -5, modality: 'material', coverage: true },
  { patterns: ['sanction* against', 'sanction* on', 'embargo* on', 'embargo* against', 'ban* on', 'tariff* on', 'travel ban'], category: 'SANCTION', intensity: -5, modality: 'material', noun: true, preps: ['on', 'against'] },
  { patterns: ['mobilise* _ against', 'mobilize* _ against', 'deploy* _ troop*', 'deploy* _ force*', 'deploy* _ missile*', 'mass* _ troop*', 'send* _ troop* into', 'send* _ troop* to', 'send* _ soldier* into', 'send* _ force* into', 'sent _ troop* into', 'sent _ troop* to', 'sent _ force* into', 'dispatch* _ troop*'], category: 'MOBILIZE', intensity: -7.2, modality: 'material', preps: ['into', 'to', 'in', 'against', 'near'] },
  { patterns: ['seize*', 'arrest*', 'detain*', 'jail*', 'blockade*', 'coerce*', 'pressure*', 'surround*', 'encircle*'], category: 'COERCE', intensity: -7, modality: 'material' },
  { patterns: ['attack*', 'strike* at', 'struck at', 'bomb*', 'shell*', 'invade*', 'raid*', 'fire* _ shell*', 'fire* _ round*', 'fire* _ missile*', 'fire* _ rocket*', 'fire* _ artillery', 'fire* on', 'fire* at', 'fire* into', 'fired _ at', 'launch* _ missile*', 'launch* _ rocket*', 'launch* _ drone*', 'shoot* at', 'shot at', 'shoot* down', 'shot down', 'launch* _ strike*', 'launch* _ attack*', 'launch* _ offensive', 'occupy', 'occupies', 'occupied', 'annex*', 'retaliate*', 'broadcast* _ propaganda into'], category: 'ASSAULT', intensity: -9, modality: 'material', preps: AT },
  { patterns: ['shelling', 'bombardment*', 'airstrike*', 'air strike*', 'invasion* of', 'attack* on', 'attack* against', 'strike* on', 'strike* against', 'airstrike* on', 'air strike* on', 'occupation of', 'annexation of', 'shelling of', 'bombing of', 'aggression against'], category: 'ASSAULT', intensity: -9, modality: 'material', noun: true, preps: ['of', 'on', 'against', 'in'] },
  { patterns: ['exchange* _ fire', 'trade* _ fire', 'exchange* _ blows', 'trade* _ blows', 'clash*', 'fight*', 'fought', 'go* to war', 'went to war', 'war with', 'war between', 'war against', 'skirmish*'], category: 'FIGHT', intensity: -10, modality: 'material', mutual: true, preps: ['with', 'between', 'against'] },
];
