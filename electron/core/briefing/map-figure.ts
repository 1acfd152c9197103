import { createRequire } from 'node:module';
import type { StanceRow } from '../../api/briefing';
import { projectCountries, type CountriesTopology, type CountryShape } from '../../api/map-geometry';
import { STANCE_CLASSES, stanceClass, type StanceClass } from '../../api/stance-scale';
import { actorName } from '../analysis/gazetteer';
import { escapeHtml } from './markdown';

/**
 * The world map of a printed briefing: each counterpart in the stance table coloured by the scope country's stance
 * toward it, on the same five-class scale as the app's map. Projected here in Node and inlined as SVG paths.
 */

const WIDTH = 680;
const HEIGHT = 330;
const LEGEND = 22;

/** Print colours of the scale (the app's map mixes its theme colours the same way). */
export const MAP_FILLS: Record<StanceClass, string> = {
  'strong-conflict': '#b3261e',
  conflict: '#d9938e',
  mixed: '#a9b0b8',
  cooperation: '#8fbda6',
  'strong-cooperation': '#1f7a4d',
  none: '#e4e7eb',
};
const SCOPE_FILL = '#2f5d8a';

let shapes: CountryShape[] | undefined;

/** The outlines, projected once: coordinates rounded to one decimal keep the figure small. */
function worldShapes(): CountryShape[] {
  if (!shapes) {
    const atlas = createRequire(import.meta.url)('world-atlas/countries-110m.json') as CountriesTopology;
    shapes = projectCountries(atlas, WIDTH, HEIGHT, 1);
  }
  return shapes;
}

/** The scope country's stance toward each counterpart, by counterpart code (the first row for a pair wins). */
function stancesToward(rows: readonly StanceRow[], country: string): Map<string, StanceRow> {
  const out = new Map<string, StanceRow>();
  for (const r of rows) if (r.source === country && !out.has(r.target)) out.set(r.target, r);
  return out;
}

function legendSvg(y: number): string {
  const items = [
    ...STANCE_CLASSES.map((c) => ({ fill: MAP_FILLS[c.cls], label: c.label })),
    { fill: MAP_FILLS.none, label: 'no counted events' },
    { fill: SCOPE_FILL, label: 'scope country' },
  ];
  const step = WIDTH / items.length;
  return items
    .map(
      (item, i) =>
        `<rect x="${(i * step + 4).toFixed(1)}" y="${y}" width="10" height="10" fill="${item.fill}" stroke="#9aa2ab" stroke-width="0.4"/>` +
        `<text x="${(i * step + 18).toFixed(1)}" y="${y + 8.5}" font-size="8" fill="#1b1f24">${escapeHtml(item.label)}</text>`,
    )
    .join('');
}

/** The map as inline SVG, or '' when the scope country has no stance toward anyone in the table. */
export function stanceMapSvg(rows: readonly StanceRow[], country: string): string {
  const toward = stancesToward(rows, country);
  if (![...toward.values()].some((r) => stanceClass(r) !== 'none')) return '';
  const plain: string[] = [];
  const coloured: string[] = [];
  for (const s of worldShapes()) {
    if (!s.d) continue;
    const row = s.code ? toward.get(s.code) : undefined;
    const cls = row ? stanceClass(row) : 'none';
    if (s.code === country) {
      coloured.push(`<path class="scope" data-code="${s.code}" fill="${SCOPE_FILL}" d="${s.d}"/>`);
    } else if (cls === 'none') {
      plain.push(s.d);
    } else {
      const title = `${actorName(country)} toward ${row?.targetName ?? s.name}: ${row?.events ?? 0} events`;
      coloured.push(
        `<path class="${cls}" data-code="${s.code}" fill="${MAP_FILLS[cls]}" d="${s.d}"><title>${escapeHtml(title)}</title></path>`,
      );
    }
  }
  const label = `World map of ${actorName(country)}’s stance toward ${[...toward.values()].map((r) => r.targetName).join(', ')}`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="stance-map" viewBox="0 0 ${WIDTH} ${HEIGHT + LEGEND}" role="img" aria-label="${escapeHtml(label)}">` +
    `<g stroke="#ffffff" stroke-width="0.35" stroke-linejoin="round">` +
    `<path class="none" fill="${MAP_FILLS.none}" d="${plain.join('')}"/>${coloured.join('')}</g>` +
    legendSvg(HEIGHT + 6) +
    `</svg>`
  );
}
