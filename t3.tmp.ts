import { eventsOf, quotesOf } from './tests/unit/analysis/helpers';
const text = 'Putin told the agencies, “We have no complaints.” Putin also backed North Korea, saying it abandoned nuclear talks with the United States because Washington broke the deal.';
const lex: any = { Putin: ['RUS','person'], 'North Korea': ['PRK','country'], 'the United States': ['USA','country'], Washington: ['USA','capital'] };
for (const e of eventsOf(text, lex, quotesOf(text,'Putin','RUS'))) console.log(e.source, e.target, e.category, e.reported, e.speaker, e.negated);
