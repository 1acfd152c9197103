import type { StanceRow, TimelinePoint } from '../../api/briefing';
import { actorName } from '../analysis/gazetteer';
import { escapeHtml } from './markdown';

/** Figures drawn as inline SVG, so they print sharp and need nothing loaded. */

const COLOURS = { cooperative: '#1f7a4d', conflictual: '#b3261e', neutral: '#7a838c' } as const;
const MAX_LANES = 8;

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
const isoOf = (d: number) => new Date(d * 86_400_000).toISOString().slice(0, 10);
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function ticks(lo: number, hi: number): Array<{ at: number; label: string }> {
  const span = hi - lo;
  const out: Array<{ at: number; label: string }> = [];
  if (span <= 45) {
    const step = span <= 10 ? 1 : 7;
    for (let d = lo; d <= hi; d += step) {
      const iso = isoOf(d);
      out.push({ at: d, label: `${Number(iso.slice(8))} ${MONTHS[Number(iso.slice(5, 7)) - 1]}` });
    }
    return out;
  }
  const start = new Date(lo * 86_400_000);
  let y = start.getUTCFullYear();
  let m = start.getUTCMonth() + 1;
  const every = span > 1500 ? 12 : span > 400 ? 3 : 1;
  for (;;) {
    if (m > 11) {
      m -= 12;
      y++;
    }
    const at = Date.UTC(y, m, 1) / 86_400_000;
    if (at > hi) break;
    if (m % every === 0) out.push({ at, label: m === 0 || every === 12 ? String(y) : `${MONTHS[m]} ${y}` });
    m++;
  }
  return out;
}

/**
 * A timeline strip: one lane per counterpart of the scope's country, a mark per event (above the lane line when
 * cooperative, below when conflictual, sized by intensity).
 */
export function timelineSvg(points: readonly TimelinePoint[], country: string): string {
  if (!points.length) return '';
  const partner = (p: TimelinePoint) => (p.source === country ? p.target : p.source);
  const lanesByCount = new Map<string, number>();
  for (const p of points) lanesByCount.set(partner(p), (lanesByCount.get(partner(p)) ?? 0) + 1);
  const lanes = [...lanesByCount.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, MAX_LANES)
    .map(([code]) => code);
  const shown = points.filter((p) => lanes.includes(partner(p)));
  const days = shown.map((p) => day(p.date)).filter(Number.isFinite);
  let lo = Math.min(...days);
  let hi = Math.max(...days);
  if (hi - lo < 6) {
    lo -= 3;
    hi += 3;
  }
  const width = 680;
  const left = 110;
  const right = 12;
  const lane = 26;
  const top = 8;
  const height = top + lanes.length * lane + 22;
  const x = (d: number) => left + ((d - lo) / (hi - lo)) * (width - left - right);
  const parts: string[] = [];
  for (const t of ticks(lo, hi)) {
    const tx = x(t.at).toFixed(1);
    parts.push(`<line x1="${tx}" x2="${tx}" y1="${top}" y2="${height - 18}" stroke="#e1e5ea" stroke-width="0.6"/>`);
    parts.push(
      `<text x="${tx}" y="${height - 6}" font-size="8" text-anchor="middle" fill="#5b636d">${escapeHtml(t.label)}</text>`,
    );
  }
  lanes.forEach((code, i) => {
    const y = top + i * lane + lane / 2;
    parts.push(
      `<text x="${left - 8}" y="${y + 3}" font-size="9" text-anchor="end" fill="#1b1f24">${escapeHtml(actorName(code))}</text>`,
    );
    parts.push(`<line x1="${left}" x2="${width - right}" y1="${y}" y2="${y}" stroke="#9aa2ab" stroke-width="0.8"/>`);
    for (const p of shown.filter((q) => partner(q) === code)) {
      const px = x(day(p.date)).toFixed(1);
      const size = 2 + Math.min(10, Math.abs(p.intensity)) * 0.9;
      const dir = p.polarity === 'cooperative' ? -1 : p.polarity === 'conflictual' ? 1 : 0;
      const y2 = (y + dir * size).toFixed(1);
      if (dir)
        parts.push(`<line x1="${px}" x2="${px}" y1="${y}" y2="${y2}" stroke="${COLOURS[p.polarity]}" stroke-width="1.6"/>`);
      parts.push(`<circle cx="${px}" cy="${y2}" r="2.4" fill="${COLOURS[p.polarity]}"/>`);
    }
  });
  const label = `Timeline of ${shown.length} events with ${lanes.map(actorName).join(', ')}`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(label)}">${parts.join('')}</svg>`;
}

/** A small diverging bar: conflictual events to the left, cooperative to the right, neutral in grey. */
export function stanceBarSvg(row: Pick<StanceRow, 'cooperative' | 'conflictual' | 'neutral'>, scaleMax: number): string {
  const w = 90;
  const h = 10;
  const mid = w / 2;
  const unit = (mid - 2) / Math.max(1, scaleMax);
  const conf = row.conflictual * unit;
  const coop = row.cooperative * unit;
  const neutral = Math.min(row.neutral * unit, 6);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" role="img" ` +
    `aria-label="${row.cooperative} cooperative, ${row.conflictual} conflictual, ${row.neutral} neutral">` +
    `<rect x="${(mid - conf).toFixed(1)}" y="1" width="${conf.toFixed(1)}" height="8" fill="${COLOURS.conflictual}"/>` +
    `<rect x="${mid}" y="1" width="${coop.toFixed(1)}" height="8" fill="${COLOURS.cooperative}"/>` +
    (neutral
      ? `<rect x="${(mid - neutral / 2).toFixed(1)}" y="3" width="${neutral.toFixed(1)}" height="4" fill="${COLOURS.neutral}"/>`
      : '') +
    `<line x1="${mid}" x2="${mid}" y1="0" y2="${h}" stroke="#1b1f24" stroke-width="0.6"/></svg>`
  );
}
