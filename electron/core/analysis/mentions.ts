import type { Mention } from '../../api/analysis';
import {
  adjacent,
  afterCityComma,
  CLAUSE_WORDS,
  COMPASS,
  followedByMarket,
  followedByName,
  INSTITUTIONS,
  isWord,
  keyOf,
  phraseAt,
  precededByName,
  rolePhraseAt,
  scanContext,
  titleBefore,
  type ScanContext,
} from './actors-context';
import { isCapitalized, type Token } from './actors-tokens';
import { ROLE_NOUNS, SENTENCE_OPENERS, SPEECH_VERBS, TITLE_WORDS } from './actors-words';
import { agentAt, hyphenJoined, modifiedNonstateAgent } from './actors-agents';
import { seatActor } from './actors-data';
import { findLocaleMentions, hasLocaleNames } from './actors-locales';
import { resolveReferences } from './coref';
import {
  activeRole,
  gazetteerVersion,
  matchAt,
  personActor,
  type GazetteerEntry,
  type GazetteerMatch,
  type Person,
} from './gazetteer';

/** A capitalised title right before a listed short name ("PM Abiy", "King Salman"): no first name of another person. */
const TITLE_WORD =
  /^(?:mr|mrs|ms|dr|president|minister|pm|premier|chancellor|king|queen|prince|emir|sheikh|sultan|general|gen|marshal|ayatollah|secretary|senator|sen|ambassador|envoy)$/;

/** Words that, joined by a hyphen after a name, make it a kind of thing: "Hong Kong-style", "Soviet-era". */
const LIKENESS: ReadonlySet<string> = new Set(['style', 'like', 'type', 'era', 'esque']);

/** A Mention plus what the recogniser knows about it; the extra fields are dropped by the zod schema. */
export interface ActorMention extends Mention {
  /** Full name of the person meant (also for resolved pronouns and titles). */
  person?: string;
  /** Gazetteer role at the article date: pres, pm, fm, dm, hos, ... */
  role?: string;
  /** State media (TASS, Xinhua, KCNA): an attribution source rather than an actor. */
  media?: boolean;
  /** A pronoun or title resolved to an earlier mention. */
  resolved?: boolean;
  /** For a resolved pronoun or title: the text of the mention it points back to. */
  antecedent?: string;
  /** For a non-state mention: the ISO code of its country, when it has one. */
  country?: string;
  /** For a non-state mention: its CAMEO sector (REB rebels, BUS business, ELI public figure, ...). */
  sector?: string;
}

/** CAMEO's sector for an ethnic group. */
const ETHNIC = 'ETH';

/** Words before a title that say its holder has left office. */
const FORMER_WORDS = new Set(['former', 'ex']);

/** CAMEO's sector for elites: former officials and other public figures who do not act for the state. */
const PUBLIC_FIGURE = 'ELI';

/** A word after a sentence-initial surname that shows it names a person ("Kohl said", "Kohl's", "Gorbachev met"). */
function reportsOrActs(next: Token | undefined): boolean {
  if (!next) return false;
  return SPEECH_VERBS.has(next.key) || next.key === "'" || next.key === ',' || /^\p{Ll}+$/u.test(next.text);
}

export class MentionScanner {
  readonly mentions: ActorMention[] = [];
  private readonly seen = new Map<Person, number>();
  /** Place names found to be part of a personal name in this text (Valeska Paris, later just "Paris"). */
  private readonly personalNames = new Set<string>();
  private koreaNorth = false;
  private koreaSouth = false;

  constructor(private readonly ctx: ScanContext) {}

  run(): ActorMention[] {
    const { tokens } = this.ctx;
    let i = 0;
    while (i < tokens.length) {
      const match = matchAt(tokens, i);
      i = match ? this.accept(match) : i + 1;
    }
    return this.mentions;
  }

  /** Handles one gazetteer match and returns the token index to continue from. */
  private accept(match: GazetteerMatch): number {
    if (match.entries.some((e) => e.kind === 'none')) return match.end;
    if (abbreviatesBefore(this.ctx.tokens, match.start, match.end)) return match.end;
    const person = this.pickPerson(match);
    if (person) return this.emitPerson(match, person);
    const entry = match.entries.find((e) => e.kind !== 'person');
    if (!entry) return match.end;
    if (!this.fitsContext(match, entry)) return match.end;
    return this.emitPlace(match, entry);
  }

  private pickPerson(match: GazetteerMatch): GazetteerEntry | null {
    const people = match.entries.filter((e) => e.kind === 'person');
    if (people.length === 0) return null;
    const fullNames = people.filter((e) => !e.surname);
    const ctx = this.ctx;
    const longerName = !ctx.titleCase[ctx.sentenceOf[match.start]!] && followedByName(ctx, match.end);
    // A dated office holder's name inside a longer personal name (Juan Carlos Rojas, Ariel Rodríguez) is someone else.
    // ("Mr Milosevic": a title is no first name)
    const firstName =
      precededByName(ctx, match.start) &&
      !SENTENCE_OPENERS.has(ctx.tokens[match.start - 1]!.key) &&
      !TITLE_WORD.test(ctx.tokens[match.start - 1]!.key);
    const named = fullNames.filter((e) => !e.person!.dated || !(longerName || firstName));
    if (named.length > 0) return named.find((e) => activeRole(e.person!, ctx.published)) ?? named[0]!;
    if (fullNames.length > 0 || longerName) return null;
    const seen = people.filter((e) => this.seen.has(e.person!) && !(e.person!.dated && firstName));
    if (seen.length > 0) return seen.sort((a, b) => this.seen.get(b.person!)! - this.seen.get(a.person!)!)[0]!;
    if (match.entries.some((e) => e.kind !== 'person')) return null;
    const titled = titleBefore(ctx.tokens, match.start);
    if (titled) {
      // "Chadian President Omar ...": a holder of that title in another state is someone else
      const state = this.titleState(match.start);
      const holder = people.find((e) => {
        const role = activeRole(e.person!, ctx.published);
        return role !== null && (titled.length === 0 || titled.includes(role.role)) && (!state || role.country === state);
      });
      if (holder) return holder;
    }
    const owner = this.possessor(match.start);
    if (owner) {
      const holder = people.find((e) => activeRole(e.person!, ctx.published) && personActor(e.person!, ctx.published) === owner);
      if (holder) return holder;
    }
    const listed = people.filter((e) => e.surname === 'short');
    if (precededByName(ctx, match.start) && !TITLE_WORD.test(ctx.tokens[match.start - 1]!.key)) return null;
    // ("Ali Al-Sharif": a name joined by a hyphen to the word before it is part of a longer name)
    if (hyphenJoined(ctx.tokens, match.start - 1) && isCapitalized(ctx.tokens[match.start - 2]!.text)) return null;
    // (a short name several listed people share, "Clinton", is the one in office then, or no one)
    const shared = listed.some((e) => e.person !== listed[0]!.person);
    return (
      listed.find((e) => activeRole(e.person!, ctx.published)) ?? (shared ? null : listed[0]) ?? this.datedHolder(match, people)
    );
  }

  /** "Reagan" alone in 1985: the one office holder of that date with this surname, if the word reads as a name. */
  private datedHolder(match: GazetteerMatch, people: GazetteerEntry[]): GazetteerEntry | null {
    const ctx = this.ctx;
    if (!ctx.english) return null;
    const { tokens } = ctx;
    // "the Reagan administration" is the office holder's; "the Anderson family" names none
    const governs = /^(administration|government|cabinet|regime|presidency)$/.test(tokens[match.end]?.key ?? '');
    // (a surname several people of the project's own list share names the one in office then, before such a noun:
    // "the Clinton administration" in 1998)
    const holders = people.filter(
      (e) => (e.surname === 'dated' || (e.surname === 'auto' && governs)) && activeRole(e.person!, ctx.published),
    );
    // (two dated entries of the dictionary may be one person spelled two ways, "Yuri" and "Yury Andropov": holders who
    // all serve the same state name that state)
    const serving = new Set(holders.map((e) => personActor(e.person!, ctx.published)));
    if (holders.length === 0 || serving.size > 1) return null;
    const holder = holders.find((e) => !e.alone) ?? holders[0]!;
    const word = tokens[match.start]!;
    // Family names that are also English words (Brown, Major) or first names need a title, a possessive or the full name.
    if (holder.alone === 2 || (match.end - match.start === 1 && ctx.lowercase.has(word.key))) return null;
    const first = ctx.sentenceStart[ctx.sentenceOf[match.start]!] === match.start;
    // a name that is also common elsewhere only inside a sentence and with no other name next to it
    if (holder.alone === 1 && (first || precededByName(ctx, match.start) || followedByName(ctx, match.end))) return null;
    if (first && !reportsOrActs(tokens[match.end])) return null;
    if (/^\p{Lu}/u.test(tokens[match.end]?.text ?? '')) return null;
    if (/^(the|a|an)$/.test(tokens[match.start - 1]?.key ?? '') && !governs) return null;
    return holder;
  }

  private emitPerson(match: GazetteerMatch, entry: GazetteerEntry): number {
    const person = entry.person!;
    this.seen.set(person, match.start);
    const actor = personActor(person, this.ctx.published);
    const role = activeRole(person, this.ctx.published);
    // "Soviet Foreign Minister Eduard Shevardnadze" in 1985: an office the text gives the person in a state it names,
    // where the dated roles know none at the date, is the person's office then
    const office = !role && person.dated ? titleBefore(this.ctx.tokens, match.start)?.[0] : undefined;
    const officeState = office && !this.formerTitle(match.start) ? this.titleState(match.start) : null;
    this.dropTitledDemonym(match.start, officeState ?? actor);
    if (officeState) {
      this.push(match.start, match.end, officeState, 'person', { person: person.name, role: office });
      return match.end;
    }
    const date = this.articleDate();
    // "former Bolivian president Evo Morales", "ex-Prime Minister Khan": the text says the person no longer holds office
    if ((!role && person.dated && !(person.knownTo && date >= person.knownTo)) || this.formerTitle(match.start)) {
      // Out of office at the article date: a public figure, not the state. (The project's own entries list only
      // national offices, so their holders keep their country, without a role, as before.)
      this.push(match.start, match.end, `${actor}${PUBLIC_FIGURE}`, 'nonstate', {
        person: person.name,
        country: actor,
        sector: PUBLIC_FIGURE,
      });
      return match.end;
    }
    this.push(match.start, match.end, actor, 'person', { person: person.name, role: role?.role });
    return match.end;
  }

  /** The actor of "Pakistan's" in "Pakistan's Sharif". */
  private possessor(start: number): string | null {
    const { tokens } = this.ctx;
    const last = this.mentions[this.mentions.length - 1];
    if (tokens[start - 1]?.key !== 's' || tokens[start - 2]?.key !== "'" || !last) return null;
    return last.end === tokens[start - 3]?.end && last.kind !== 'person' ? last.actor : null;
  }

  /** The day the article speaks of offices and capitals at: its publication, else the gazetteer's currency date. */
  private articleDate(): string {
    return (this.ctx.published ?? gazetteerVersion.currentTo).slice(0, 10);
  }

  /** "former (Bolivian) president", "Bolivia's former president", "ex-President": a former office before the name. */
  private formerTitle(personStart: number): boolean {
    const { tokens } = this.ctx;
    let j = personStart;
    for (let pass = 0; pass < 2; pass++) {
      while (j > 0 && isWord(tokens[j - 1]) && (TITLE_WORDS.has(tokens[j - 1]!.key) || tokens[j - 1]!.key === 'ex')) {
        if (FORMER_WORDS.has(tokens[j - 1]!.key)) return true;
        j--;
      }
      if (j > 0 && tokens[j - 1]!.key === '-' && tokens[j - 2]?.key === 'ex') return true;
      // a state named between the words of the title ("former Bolivian president", "Bolivia's former president")
      if (j > 1 && tokens[j - 1]!.key === 's' && /^['’]$/.test(tokens[j - 2]!.key)) j -= 2;
      let state = -1;
      for (let k = j - 1; k >= Math.max(0, j - 3) && state < 0; k--) {
        const m = matchAt(tokens, k);
        if (m?.end === j && m.entries.some((e) => e.kind === 'demonym' || e.kind === 'country')) state = k;
      }
      if (state < 0) return false;
      j = state;
    }
    return false;
  }

  /** The state named just before the title words in front of `personStart` ("Chadian President ..."), or null. */
  private titleState(personStart: number): string | null {
    const { tokens } = this.ctx;
    let j = personStart;
    while (j > 0 && isWord(tokens[j - 1]) && TITLE_WORDS.has(tokens[j - 1]!.key)) j--;
    if (j === personStart) return null;
    // ("Chile's Foreign Minister Heraldo Munoz": the state owns the title)
    const owner = tokens[j - 1]?.key === 's' && tokens[j - 2]?.key === "'" ? j - 2 : j;
    for (let k = owner - 1; k >= Math.max(0, owner - 3); k--) {
      const m = matchAt(tokens, k);
      const state = m?.end === owner ? m.entries.find((e) => e.kind === 'demonym' || e.kind === 'country') : undefined;
      if (state) return state.actor;
    }
    return null;
  }

  /** "Russian President Vladimir Putin": the demonym and title belong to the person mention. */
  private dropTitledDemonym(personStart: number, actor: string): void {
    const last = this.mentions[this.mentions.length - 1];
    if (!last || last.kind === 'person' || last.actor !== actor) return;
    const { tokens } = this.ctx;
    let k = personStart - 1;
    while (
      k >= 0 &&
      tokens[k]!.end > last.end &&
      isWord(tokens[k]) &&
      (TITLE_WORDS.has(tokens[k]!.key) || tokens[k]!.key === 'of')
    )
      k--;
    if (k < personStart - 1 && tokens[k]!.end === last.end) this.mentions.pop();
  }

  /**
   * A city's name stands for a place of its state inside an English sentence, not as its first word (where "Reading"
   * or "Nice" may be anything), not in a title-case line, and not when the text also uses the word in lower case.
   */
  private cityFits(match: GazetteerMatch): boolean {
    const ctx = this.ctx;
    const sentence = ctx.sentenceOf[match.start]!;
    if (!ctx.english || ctx.titleCase[sentence] || ctx.sentenceStart[sentence] === match.start) return false;
    // next to another capitalised word it is part of a longer name ("Charlotte Aleppo", "Aleppo Street")
    const capital = (t: Token | undefined) => t !== undefined && isWord(t) && isCapitalized(t.text);
    if (capital(ctx.tokens[match.start - 1]) || capital(ctx.tokens[match.end])) return false;
    return !ctx.tokens.slice(match.start, match.end).some((t) => ctx.lowercase.has(t.key));
  }

  private fitsContext(match: GazetteerMatch, entry: GazetteerEntry): boolean {
    const ctx = this.ctx;
    if (entry.kind === 'city' && !this.cityFits(match)) return false;
    if (entry.kind !== 'country' && entry.kind !== 'demonym' && entry.kind !== 'capital' && entry.kind !== 'city') return true;
    if (followedByMarket(ctx.tokens, match.end, entry.kind === 'demonym')) return false;
    // "a Singapore-style port deal", "Soviet-era tanks": a name joined to a word of likeness or time names a kind
    if (hyphenJoined(ctx.tokens, match.end) && LIKENESS.has(ctx.tokens[match.end + 1]?.key ?? '')) return false;
    if (entry.usState && afterCityComma(ctx.tokens, match.start)) return false;
    if (this.personalNames.has(keyOf(ctx.tokens, match))) return false;
    if (ctx.titleCase[ctx.sentenceOf[match.start]!]) return true;
    if (entry.nameRisk && precededByName(ctx, match.start)) {
      this.personalNames.add(keyOf(ctx.tokens, match));
      return false;
    }
    return !followedByName(ctx, match.end);
  }

  private emitPlace(match: GazetteerMatch, entry: GazetteerEntry): number {
    const { tokens } = this.ctx;
    let actor = entry.actor;
    if (entry.kind === 'capital' || entry.kind === 'institution')
      actor = seatActor(keyOf(tokens, match), actor, this.articleDate());
    if (entry.korea) actor = this.koreaNorth && !this.koreaSouth ? 'PRK' : 'KOR';
    if (actor === 'PRK') this.koreaNorth = true;
    if (actor === 'KOR' && !entry.korea) this.koreaSouth = true;
    // "ethnic Albanians", "ethnic Russian fighters": people of a nation, not the state of that name
    if (entry.kind === 'demonym' && tokens[match.start - 1]?.key === 'ethnic') {
      this.push(match.start - 1, match.end, `${actor}${ETHNIC}`, 'nonstate', { country: actor, sector: ETHNIC });
      return match.end;
    }
    if (entry.kind === 'country' || entry.kind === 'demonym' || entry.kind === 'capital' || entry.kind === 'city') {
      const next = matchAt(tokens, match.end);
      const named = next?.entries.find((e) => e.kind === 'institution' && e.actor === actor);
      if (next && named && adjacent(tokens, this.ctx.text, match.end - 1, match.end)) {
        const start = tokens[match.start - 1]?.key === 'the' ? match.start - 1 : match.start;
        this.push(start, next.end, actor, 'institution', named.media ? { media: true } : {});
        return next.end;
      }
      let j = match.end;
      if (tokens[j]?.key === "'" && tokens[j + 1]?.key === 's') j += 2;
      const role = rolePhraseAt(tokens, j);
      if (role) {
        const after = j + role.length;
        // "Russian President Vladimir Putin", "Soviet leader Gorbachev" in 1987: the person's mention covers the title.
        const named = matchAt(tokens, after)?.entries.some(
          (e) =>
            e.kind === 'person' &&
            e.surname !== 'auto' &&
            (e.surname !== 'dated' ||
              (activeRole(e.person!, this.ctx.published) !== null && personActor(e.person!, this.ctx.published) === actor)),
        );
        if (named) return after;
        const start = tokens[match.start - 1]?.key === 'the' ? match.start - 1 : match.start;
        // "a former Bolivian president": one out of office, a public figure as a named one would be
        if (this.formerTitle(after)) {
          this.push(start, after, `${actor}${PUBLIC_FIGURE}`, 'nonstate', { country: actor, sector: PUBLIC_FIGURE });
          return after;
        }
        this.push(start, after, actor, 'person', { role: ROLE_NOUNS[role.role]?.[0] });
        return after;
      }
      const organ = phraseAt(INSTITUTIONS, tokens, j);
      // ("Peru's army-backed government": a hyphen makes the organ a modifier)
      const institution = organ && !hyphenJoined(tokens, j + organ.length) ? organ : null;
      const place = entry.kind === 'capital' || entry.kind === 'city';
      let agent = (place && j === match.end) || !this.ctx.english ? null : agentAt(tokens, j);
      // "Pakistan's cricket team", "Kenyan long-distance runners": people of the state behind a modifier or two
      // (not over an institution's own noun: "Turkish jets struck militant positions")
      if (!agent && !institution && this.ctx.english && (j > match.end || entry.kind === 'demonym'))
        agent = modifiedNonstateAgent(tokens, j);
      // "Egypt's Muslim Brotherhood": the noun starts a proper name, it is not an agent.
      if (agent && isWord(tokens[j + agent.length]) && isCapitalized(tokens[j + agent.length]!.text)) agent = null;
      // "Egypt's strong opposition to the plan": an act of opposing, not the opposition parties
      if (agent?.sector === 'OPP' && tokens[j + agent.length]?.key === 'to') agent = null;
      if (agent && (!institution || agent.length > institution.length)) {
        const start = tokens[match.start - 1]?.key === 'the' ? match.start - 1 : match.start;
        const end = j + agent.length;
        if (agent.state) this.push(start, end, actor, 'institution', agent.sector === 'GOVMED' ? { media: true } : {});
        else this.push(start, end, `${actor}${agent.sector}`, 'nonstate', { country: actor, sector: agent.sector });
        return end;
      }
      // "Canadian and French companies": a demonym joined to another before a non-state noun shares that noun
      if (!agent && !institution && this.ctx.english && entry.kind === 'demonym' && j === match.end) {
        const joined =
          (tokens[j]?.key === 'and' || tokens[j]?.key === 'or') && isWord(tokens[j + 1]) && isCapitalized(tokens[j + 1]!.text);
        const shared = joined ? (agentAt(tokens, j + 2) ?? modifiedNonstateAgent(tokens, j + 2)) : null;
        if (shared && !shared.state) {
          this.push(match.start, match.end, `${actor}${shared.sector}`, 'nonstate', { country: actor, sector: shared.sector });
          return match.end;
        }
      }
      if (institution && !(place && j === match.end)) {
        const start = tokens[match.start - 1]?.key === 'the' ? match.start - 1 : match.start;
        this.push(
          start,
          j + institution.length,
          actor,
          'institution',
          institution.words[0] === 'state' && institution.length > 1 ? { media: true } : {},
        );
        return j + institution.length;
      }
    }
    this.koreaEllipsis(match, actor);
    const extra: Partial<ActorMention> = entry.media ? { media: true } : {};
    if (entry.kind === 'nonstate') Object.assign(extra, { country: entry.country, sector: entry.sector });
    this.push(match.start, match.end, actor, entry.kind as Mention['kind'], extra);
    return match.end;
  }

  /** "North and South Korea": the first half names a state of its own. */
  private koreaEllipsis(match: GazetteerMatch, actor: string): void {
    const { tokens } = this.ctx;
    const first = tokens[match.start - 2];
    if ((actor !== 'KOR' && actor !== 'PRK') || tokens[match.start - 1]?.key !== 'and' || !first || !COMPASS[first.key]) return;
    if (COMPASS[first.key] === actor || !isCapitalized(first.text)) return;
    this.push(match.start - 2, match.start - 1, COMPASS[first.key]!, 'country', {});
    this.mentions.sort((a, b) => a.start - b.start);
    this.koreaNorth = true;
    this.koreaSouth = true;
  }

  private bothKoreas(): boolean {
    return this.koreaNorth && this.koreaSouth;
  }

  /** "the South" / "the North" in an article about the two Koreas. */
  compassReferences(): void {
    if (!this.koreaNorth && !this.koreaSouth) return;
    const { tokens } = this.ctx;
    const covered = new Set(this.mentions.map((m) => m.start));
    for (let k = 1; k < tokens.length; k++) {
      const t = tokens[k]!;
      const actor = COMPASS[t.key];
      if (!actor || tokens[k - 1]!.key !== 'the' || covered.has(t.start)) continue;
      const next = tokens[k + 1];
      if (next?.key === 'of' || next?.key === '-' || next?.key === "'") continue;
      if (
        isCapitalized(t.text)
          ? isWord(next) && isCapitalized(next.text)
          : !this.bothKoreas() || (isWord(next) && !CLAUSE_WORDS.test(next.key))
      )
        continue;
      this.push(k, k + 1, actor, 'country', {});
    }
    this.mentions.sort((a, b) => a.start - b.start);
  }

  private push(from: number, to: number, actor: string, kind: Mention['kind'], extra: Partial<ActorMention>): void {
    const { tokens, text } = this.ctx;
    const start = tokens[from]!.start;
    const end = tokens[to - 1]!.end;
    const mention: ActorMention = { text: text.slice(start, end), start, end, actor, kind };
    for (const [k, v] of Object.entries(extra)) if (v !== undefined) (mention as unknown as Record<string, unknown>)[k] = v;
    this.mentions.push(mention);
  }
}

/**
 * State and organisation actors mentioned in `text`, in text order; `published` (ISO) dates office holders.
 * `lang` (ISO 639-1) adds country names written in that language (Frankreich, Украины, 일본).
 */
export function findMentions(text: string, published: string | null, lang?: string | null): ActorMention[] {
  const ctx = scanContext(text, published, !lang || /^en\b/i.test(lang));
  const scanner = new MentionScanner(ctx);
  scanner.run();
  scanner.compassReferences();
  const mentions = resolveReferences(ctx, scanner.mentions);
  if (!hasLocaleNames(lang)) return mentions;
  const local = findLocaleMentions(text, lang).filter((m) => !mentions.some((e) => e.start < m.end && m.start < e.end));
  return local.length === 0 ? mentions : [...mentions, ...local].sort((a, b) => a.start - b.start);
}

/**
 * "the Andean Defence Front (ADF)": an abbreviation in brackets whose letters open the words before the bracket
 * names those words, not an actor the gazetteer knows by the same letters.
 */
function abbreviatesBefore(tokens: readonly Token[], start: number, end: number): boolean {
  if (end - start !== 1 || tokens[start - 1]?.text !== '(' || tokens[end]?.text !== ')') return false;
  const letters = tokens[start]!.text;
  if (!/^[A-Z]{2,6}$/.test(letters)) return false;
  const words = tokens.slice(Math.max(0, start - 1 - letters.length), start - 1).map((t) => t.text);
  return words.length === letters.length && words.every((w, k) => w[0] === letters[k]);
}
