import { eventsOf, quotesOf } from './tests/unit/analysis/helpers';
const lex: any = { 'Russian President Vladimir Putin': ['RUS','person'], Putin: ['RUS','person'], 'South Korea': ['KOR','country'], 'South Korean': ['KOR','demonym'], Korea: ['KOR','country'], Russia: ['RUS','country'], Ukraine: ['UKR','country'], Japan: ['JPN','country'], 'North Korea': ['PRK','country'], 'the US': ['USA','country'], 'the United States': ['USA','country'], 'the West': ['WEST','bloc'], NATO: ['NATO','organisation'], 'Donald Trump': ['USA','person'], 'Kim Jong Un': ['PRK','person'] };
const fs = await import('node:fs');
const text = fs.readFileSync('/work/shared/data/seed/seed-article.txt','utf8');
const ev = eventsOf(text, lex, quotesOf(text, 'Putin', 'RUS'));
for (const e of ev) console.log(e.source, '>', e.target, e.category, e.polarity, e.negated?'NEG':'', e.conditional?'COND':'', e.hypothetical?'HYP':'', e.reported?'REP':'', e.speaker, '|', e.sentence.slice(0,70));
