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
export function agentAt(tokens: Token[], i: number): AgentMatch | null {
  index ??= buildIndex();
  const candidates = index.get(tokens[i]?.key ?? '');
  if (!candidates) return null;
  for (const c of candidates) {
    let ok = true;
    for (let k = 1; k < c.words.length && ok; k++) ok = tokens[i + k]?.key === c.words[k];
    if (ok) return { length: c.words.length, sector: c.sector, state: c.state };
  }
  return null;
}
