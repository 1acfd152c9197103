import { agentRecords } from './actors-data';
import type { Token } from './actors-tokens';
import { tokenize } from './actors-tokens';

/** An agent noun after a country reference: "troops" (state, MIL), "rebels" (non-state, REB). */
export interface AgentMatch {
  length: number;
  sector: string;
  state: boolean;
}

interface AgentPhrase {
  words: string[];
  sector: string;
  state: boolean;
}

let index: Map<string, AgentPhrase[]> | null = null;

function buildIndex(): Map<string, AgentPhrase[]> {
  const map = new Map<string, AgentPhrase[]>();
  const add = (phrase: string, sector: string, state: boolean): void => {
    const words = tokenize(phrase).map((t) => t.key);
    if (words.length === 0) return;
    const list = map.get(words[0]!) ?? [];
    list.push({ words, sector, state });
    map.set(words[0]!, list);
  };
  for (const [phrase, sector] of Object.entries(agentRecords.state)) add(phrase, sector, true);
  for (const [phrase, sector] of Object.entries(agentRecords.nonstate)) add(phrase, sector, false);
  for (const list of map.values()) list.sort((a, b) => b.words.length - a.words.length);
  return map;
}

/** The longest agent noun phrase starting at token i, if any. */
/** "army-backed government", "police-run camps": the words before `k` are joined by a hyphen to the word at `k + 1`,
 * so they modify a head after them. */
export function hyphenJoined(tokens: Token[], k: number): boolean {
  const dash = tokens[k];
  const joined = tokens[k + 1];
  return dash?.text === '-' && k > 0 && dash.start === tokens[k - 1].end && joined?.start === dash.end;
}

export function agentAt(tokens: Token[], i: number): AgentMatch | null {
  index ??= buildIndex();
  const candidates = index.get(tokens[i]?.key ?? '');
  if (!candidates) return null;
  for (const c of candidates) {
    let ok = true;
    for (let k = 1; k < c.words.length && ok; k++) ok = tokens[i + k]?.key === c.words[k];
    if (!ok) continue;
    if (hyphenJoined(tokens, i + c.words.length)) return null;
    return { length: c.words.length, sector: c.sector, state: c.state };
  }
  return null;
}

/** Lower-case words that may modify a people noun ("cricket team", "young workers"), not a clause or a name. */
const MODIFIER = /^[a-z][a-z-]*$/;
const NOT_MODIFIER = new Set([
  'and',
  'or',
  'but',
  'the',
  'a',
  'an',
  'to',
  'of',
  'in',
  'on',
  'for',
  'with',
  'said',
  'says',
  'is',
  'are',
  'was',
  'were',
  'has',
  'have',
  'had',
  'will',
  'would',
  // prepositions and clause words open another phrase: "Nigerian sailors after pirates attacked"
  'after',
  'before',
  'during',
  'by',
  'from',
  'at',
  'as',
  'into',
  'over',
  'near',
  'against',
  'since',
  'while',
  'when',
  'who',
  'which',
  'that',
]);

const SECTORS = new Set(['industry', 'industries', 'sector', 'sectors', 'economy']);

/** A non-state agent after one or two lower-case modifiers at `i` ("cricket team"), its length counting them. */
export function modifiedNonstateAgent(tokens: Token[], i: number): AgentMatch | null {
  for (let skip = 1; skip <= 2; skip++) {
    const words = tokens.slice(i, i + skip);
    if (words.length < skip || !words.every((t) => MODIFIER.test(t.text) && !NOT_MODIFIER.has(t.key))) return null;
    // an agent noun is the head itself, not a modifier: "Turkish jets struck militant positions"
    if (words.some((_t, k) => agentAt(tokens, i + k) !== null)) return null;
    const agent = agentAt(tokens, i + skip);
    // "Venezuela's oil industry" is the state's economy, not its firms
    if (agent && SECTORS.has(tokens[i + skip + agent.length - 1]?.key ?? '')) return null;
    if (agent) return agent.state ? null : { ...agent, length: agent.length + skip };
  }
  return null;
}
