import { describe, expect, it } from 'vitest';
import { eventsOf, type Lexicon } from './event-helpers';

// One common news verb or phrase per PLOVER category, each in a sentence written for this test: the act Japan does
// to Peru must come out with the category (and so the polarity) an analyst reads in it.
const lex: Lexicon = {
  Japan: ['JPN', 'country'],
  Peru: ['PER', 'country'],
  Peruvian: ['PER', 'demonym'],
  Tokyo: ['JPN', 'capital'],
  Japanese: ['JPN', 'demonym'],
};

const CASES: Array<[string, string]> = [
  ['Japan agreed to help Peru.', 'AGREE'],
  ['Japan promised Peru more aid.', 'AGREE'],
  ['Japan will meet Peru next week.', 'AGREE'],
  ['Japan met Peru in Geneva.', 'CONSULT'],
  ['Japan negotiated with Peru.', 'CONSULT'],
  ['Japan invited Peru to a summit.', 'CONSULT'],
  ['Japan praised Peru.', 'SUPPORT'],
  ['Japan apologised to Peru.', 'SUPPORT'],
  ['Japan signed a treaty with Peru.', 'SUPPORT'],
  ['Japan shared intelligence with Peru.', 'COOPERATE'],
  ['Japan extradited a suspect to Peru.', 'COOPERATE'],
  ['Japan granted Peru a loan.', 'AID'],
  ['Japan provided humanitarian aid to Peru.', 'AID'],
  ['Japan delivered tanks to Peru.', 'AID'],
  ['Japan released Peruvian prisoners.', 'YIELD'],
  ['Japan eased sanctions on Peru.', 'YIELD'],
  ['Japan withdrew its troops from Peru.', 'YIELD'],
  ['Japan asked Peru to extradite the suspect.', 'REQUEST'],
  ['Japan demanded that Peru release the sailors.', 'REQUEST'],
  ['Japan criticised Peru.', 'ACCUSE'],
  ['Japan accused Peru of spying.', 'ACCUSE'],
  ['Japan summoned the Peruvian ambassador.', 'ACCUSE'],
  ['Japan rejected a proposal from Peru.', 'REJECT'],
  ['Japan vetoed the resolution of Peru.', 'REJECT'],
  ['Japan threatened Peru with sanctions.', 'THREATEN'],
  ['Japan plans to attack Peru.', 'THREATEN'],
  ['Japan said it would strike Peru.', 'THREATEN'],
  ['Japan deployed warships near Peru.', 'MOBILIZE'],
  ['Japan deployed troops near the Peruvian border.', 'MOBILIZE'],
  ['Japan held military exercises near Peru.', 'MOBILIZE'],
  ['Japan massed troops on the border with Peru.', 'MOBILIZE'],
  ['Japan held joint military exercises with Peru.', 'COOPERATE'],
  ['Japan deployed peacekeepers to Peru.', 'AID'],
  ['Japan sent police officers to Peru as part of a UN-backed mission.', 'AID'],
  ['Japan deployed more troops to its border with Peru.', 'MOBILIZE'],
  ['Japan delivered air defence systems to Peru.', 'AID'],
  ['Japan vowed to cooperate with Peru.', 'AGREE'],
  ['Japan severed relations with Peru.', 'SANCTION'],
  ['Japan turned down a request from Peru.', 'REJECT'],
  ['Japan dismissed the Peruvian offer of talks.', 'REJECT'],
  ['Japan attacked Peru with drones.', 'ASSAULT'],
  ['Japan has begun sharing missile warning data with Peru.', 'COOPERATE'],
  ['Japan cut diplomatic relations with Peru.', 'SANCTION'],
  ['Japan halted aid to Peru.', 'SANCTION'],
  ['Japan expelled Peruvian diplomats.', 'SANCTION'],
  ['Japan imposed sanctions on Peru.', 'COERCE'],
  ['Japan seized a Peruvian vessel.', 'COERCE'],
  ['Japan blockaded the ports of Peru.', 'COERCE'],
  ['Japan expressed support for Peru.', 'SUPPORT'],
  ['Japan pledged unwavering support for Peru.', 'SUPPORT'],
  ['Japan stands with Peru.', 'SUPPORT'],
  ['Japan rejected Peruvian allegations of spying.', 'REJECT'],
  ['Japan refused to recognise the independence of Peru.', 'REJECT'],
  ['Japan unfroze Peruvian assets.', 'YIELD'],
  ['Japan lifted visa requirements for Peru.', 'YIELD'],
  ['Japan supplied drones to Peru.', 'AID'],
  ['Japan fought alongside Peru.', 'COOPERATE'],
  ['Japan voiced solidarity with Peru.', 'SUPPORT'],
  ["Japan blocked Peru's membership bid.", 'REJECT'],
  ["Japan spurned Peru's demands.", 'REJECT'],
  ["Japan accepted Peru's offer of talks.", 'AGREE'],
  ['Japan offered to mediate between Peru and Chile.', 'AGREE'],
  ['Japan received the Peruvian foreign minister in Tokyo.', 'CONSULT'],
  ['Japan halted imports of Peruvian fish.', 'COERCE'],
  ['Japan disbursed 50 million dollars to Peru.', 'AID'],
  ['Japan boarded a Peruvian fishing boat.', 'COERCE'],
  ['Japan reopened its border with Peru.', 'YIELD'],
  ['Japan hit Peru with new tariffs.', 'COERCE'],
  ['Japan upgraded its relationship with Peru.', 'SUPPORT'],
  ['Japan bombed Peru.', 'ASSAULT'],
  ['Japan invaded Peru.', 'ASSAULT'],
  ['Japan shot down a Peruvian drone.', 'ASSAULT'],
  ["Japan welcomed Peru's return to the talks.", 'SUPPORT'],
  ['Japan welcomed the Peruvian president to Tokyo.', 'CONSULT'],
  ['Japan eased its rules to meet Peruvian demands.', 'YIELD'],
  ["Japan summoned the Peruvian charge d'affaires.", 'ACCUSE'],
  ['Japan hosts Peruvian troops.', 'COOPERATE'],
  ['Japan tightened controls on exports to Peru.', 'COERCE'],
  ['Japan released the Peruvian aid worker.', 'YIELD'],
  ['Japan declared two Peruvian diplomats persona non grata.', 'SANCTION'],
  ["Japan listed Peru's army as a terrorist group.", 'COERCE'],
  ['Japanese troops left Peru in 1990.', 'YIELD'],
  ['Japan returned the captured Peruvian pilot.', 'YIELD'],
  ['Japan sent 500 troops into Peru under a UN mandate.', 'AID'],
  ['Japan compared Peru to Nazi Germany.', 'ACCUSE'],
  ['Japan provided Peru with air support.', 'AID'],
  ['Japan and Peru traded accusations.', 'ACCUSE'],
  ["Japan received Peru's army chief in Tokyo.", 'CONSULT'],
  ['Japan will give Peru 2 billion dollars in military aid.', 'AID'],
];

describe('PLOVER categories of common acts', () => {
  it('reads a win in a sports setting as no act between states', () => {
    const counted = (text: string) => eventsOf(text, lex).filter((e) => !e.negated && !e.hypothetical);
    expect(counted('Japan beat Peru in the volleyball final.')).toEqual([]);
    expect(counted('In the first game of the day, Japan faced Peru at the stadium.')).toEqual([]);
  });

  it.each(CASES)('%s -> %s', (text, category) => {
    const events = eventsOf(text, lex).filter((e) => !e.negated && !e.hypothetical && e.source === 'JPN');
    expect(events.map((e) => `${e.target}:${e.category}`)).toEqual([`PER:${category}`]);
  });
});
