import type { BriefingDoc, Citation } from '../../api/briefing';
import { admiraltyCode, sourceIndex } from './citations';
import { escapeHtml } from './markdown';
import { SCALES, scaleLegend } from './scales';

/** The back matter: endnotes with Admiralty codes, the source index, and the estimative-language box. */

const RELIABILITY_WORDS: Record<Citation['reliability'], string> = {
  A: 'completely reliable',
  B: 'usually reliable',
  C: 'fairly reliable',
  D: 'not usually reliable',
  E: 'unreliable',
  F: 'reliability cannot be judged',
};

const CREDIBILITY_WORDS: Record<number, string> = {
  1: 'confirmed by other sources',
  2: 'probably true',
  3: 'possibly true',
  4: 'doubtful',
  5: 'improbable',
  6: 'truth cannot be judged',
};

export function endnoteText(c: Citation, compact = false): string {
  const parts = [
    c.outlet ? escapeHtml(c.outlet) : 'Unknown outlet',
    `“${escapeHtml(c.title)}”`,
    c.published ? `published ${escapeHtml(c.published)}` : 'undated',
  ];
  const tail = [
    c.url ? `<span class="url">${escapeHtml(c.url)}</span>` : null,
    `Accessed ${escapeHtml(c.accessed)}`,
    c.localCopy && !compact ? `local copy ${escapeHtml(c.localCopy)}` : null,
  ].filter(Boolean);
  return `${parts.join(', ')}. ${tail.join('; ')}. <span class="grade" title="${escapeHtml(
    `${RELIABILITY_WORDS[c.reliability]}; ${CREDIBILITY_WORDS[c.credibility] ?? ''}`,
  )}">${admiraltyCode(c)}</span>`;
}

export function endnotesHtml(doc: BriefingDoc, numbers: ReadonlyMap<string, number>, compact = false): string {
  const notes = new Map<number, Citation>();
  for (const c of doc.citations) {
    const n = numbers.get(c.id);
    if (n !== undefined && !notes.has(n)) notes.set(n, c);
  }
  if (!notes.size) return '<p>No sources cited.</p>';
  const items = [...notes.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([n, c]) => `<li id="note-${n}" value="${n}">${endnoteText(c, compact)}</li>`);
  return `<ol class="endnotes">${items.join('')}</ol>`;
}

/** For each source, the endnotes citing it and the key judgments resting on it. */
export function sourceIndexHtml(doc: BriefingDoc, numbers: ReadonlyMap<string, number>): string {
  const entries = sourceIndex(doc, new Map(numbers));
  if (!entries.length) return '';
  const judgmentNumber = new Map(doc.keyJudgments.map((k, i) => [k.id, i + 1]));
  const rows = entries.map((e) => {
    const judgments = e.judgments.length
      ? e.judgments.map((k) => `KJ${judgmentNumber.get(k.id)}`).join(', ')
      : '<span class="muted">none</span>';
    return `<tr><td>${escapeHtml(e.outlet ?? 'Unknown outlet')}</td><td>${escapeHtml(e.title)}</td><td class="date">${escapeHtml(
      e.published ?? 'undated',
    )}</td><td class="num">${e.notes.join(', ')}</td><td>${judgments}</td></tr>`;
  });
  return (
    `<h3 id="source-index">Source index</h3>` +
    `<table class="source-index"><thead><tr><th>Outlet</th><th>Title</th><th>Published</th><th class="num">Notes</th><th>Key judgments resting on it</th></tr></thead>` +
    `<tbody>${rows.join('')}</tbody></table>`
  );
}

export function estimativeBoxHtml(doc: BriefingDoc, compact: boolean): string {
  const scale = SCALES[doc.scale];
  const legend = scaleLegend(doc.scale);
  if (compact)
    return (
      `<aside class="estimative" id="estimative-language"><b>Estimative language (${escapeHtml(scale.name)}):</b> ` +
      `${legend.map((l) => `${escapeHtml(l.term)} ${escapeHtml(l.band)}`).join(' · ')}. Confidence is stated separately. ` +
      `Grades: outlet reliability A–F (F cannot be judged), claim credibility 1–6 (2 corroborated, 3 single source, 5 contradicted).</aside>`
    );
  const table = `<table><thead><tr>${legend.map((l) => `<th>${escapeHtml(l.term)}</th>`).join('')}</tr></thead><tbody><tr>${legend
    .map((l) => `<td>${escapeHtml(l.band)}</td>`)
    .join('')}</tr></tbody></table>`;
  return (
    `<aside class="estimative" id="estimative-language"><h3>Estimative language</h3>` +
    `<p>Likelihood words follow the ${escapeHtml(scale.name)}; each judgment's likelihood is a band of probability:</p>${table}` +
    `<p><b>Confidence</b> (high, moderate, low) is stated separately and reflects the quality and quantity of the sources, not the likelihood.</p>` +
    `<p><b>Source grades</b> follow the Admiralty code: the letter is the outlet's reliability (A completely reliable … E unreliable, F cannot be judged), ` +
    `the number the claim's credibility (1 confirmed … 5 improbable, 6 cannot be judged; 2 when independent outlets report the same act, 3 for a single source, 5 when contradicted).</p>` +
    `</aside>`
  );
}
