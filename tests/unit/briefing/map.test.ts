import { afterEach, describe, expect, it } from 'vitest';
import { Scope } from '../../../electron/api/briefing';
import { draftBriefing } from '../../../electron/core/briefing/draft';
import { renderBriefingHtml } from '../../../electron/core/briefing/html';
import { MAP_FILLS } from '../../../electron/core/briefing/map-figure';
import type { Library } from '../../../electron/core/library/open';
import { fixtureLibrary, JUNE } from './fixture-library';

let lib: Library | null = null;
afterEach(() => {
  lib?.close();
  lib = null;
});

const data = { printedOn: '2024-06-10' };
const mapOf = (html: string) => /<svg[^>]*class="stance-map"[\s\S]*?<\/svg>/.exec(html)?.[0] ?? '';
const pathOf = (svg: string, code: string) =>
  new RegExp(`<path class="([a-z-]+)" data-code="${code}" fill="(#[0-9a-f]{6})"`).exec(svg);

describe('the world map in a printed briefing', () => {
  it('colours each counterpart by the country’s stance toward it, with a legend', () => {
    ({ lib } = fixtureLibrary(JUNE));
    const doc = draftBriefing(lib.db, Scope.parse({ country: 'RUS', from: '2024-06-01' }), { today: '2024-06-10' });
    const stances = doc.sections.find((s) => s.kind === 'stances')!.stances!;
    const hostile = stances.find((r) => r.source === 'RUS' && r.conflictual > r.cooperative)!;
    expect(hostile, 'a conflictual counterpart in the fixture').toBeDefined();

    const html = renderBriefingHtml(doc, data, { template: 'full' });
    const svg = mapOf(html);
    expect(svg).not.toBe('');
    expect(html.indexOf('class="stance-map"')).toBeLessThan(html.indexOf('class="stance-table"'));

    const korea = pathOf(svg, 'KOR');
    const other = pathOf(svg, hostile.target);
    expect(korea?.[1]).toMatch(/cooperation/);
    expect(other?.[1]).toMatch(/conflict/);
    expect(korea?.[2]).not.toBe(other?.[2]);
    expect(pathOf(svg, 'RUS')?.[1]).toBe('scope');
    // Countries outside the table share one uncoloured path.
    expect(svg).toContain(`<path class="none" fill="${MAP_FILLS.none}" d="M`);
    expect(svg).not.toMatch(/data-code="BRA"/);

    for (const label of [
      'mostly conflictual',
      'leaning conflictual',
      'mixed or neutral',
      'leaning cooperative',
      'mostly cooperative',
      'no counted events',
    ])
      expect(svg).toContain(`>${label}</text>`);
    expect(svg).toMatch(/aria-label="World map of Russia’s stance toward [^"]*South Korea/);
  });

  it('stays small and keeps to one decimal, and the one-pager leaves it out', () => {
    ({ lib } = fixtureLibrary(JUNE));
    const doc = draftBriefing(lib.db, Scope.parse({ country: 'RUS', from: '2024-06-01' }), { today: '2024-06-10' });
    const svg = mapOf(renderBriefingHtml(doc, data, { template: 'full' }));
    expect(svg.length).toBeLessThan(120_000);
    const paths = [...svg.matchAll(/ d="([^"]*)"/g)].map((m) => m[1]!);
    expect(paths.length).toBeGreaterThan(2);
    expect(paths.filter((d) => /\.\d\d/.test(d))).toEqual([]);
    expect(mapOf(renderBriefingHtml(doc, data, { template: 'one-pager' }))).toBe('');
  });
});
