import { describe, expect, it } from 'vitest';
import { alpha3For } from '../../../electron/api/country-codes';
import { countryShapes } from '../../../renderer/components/map/geometry';
import { netTone, stanceClass } from '../../../electron/api/stance-scale';

describe('world map countries', () => {
  it('maps world-atlas numeric ids to the alpha-3 codes actors use', () => {
    expect(alpha3For('643', 'Russia')).toBe('RUS');
    expect(alpha3For('410', 'South Korea')).toBe('KOR');
    expect(alpha3For('408', 'North Korea')).toBe('PRK');
    expect(alpha3For('840', 'United States of America')).toBe('USA');
    expect(alpha3For('36', 'Australia')).toBe('AUS');
  });

  it('names the shapes without an ISO id', () => {
    expect(alpha3For(undefined, 'Kosovo')).toBe('XKX');
    expect(alpha3For(undefined, 'N. Cyprus')).toBe('CYP');
    expect(alpha3For(undefined, 'Somaliland')).toBe('SOM');
    expect(alpha3For(undefined, 'Atlantis')).toBeNull();
  });

  it('draws every country of the 110m atlas with a code and an outline, Antarctica left out', () => {
    const shapes = countryShapes(960, 440);
    expect(shapes.length).toBeGreaterThan(170);
    expect(shapes.every((s) => s.code !== null && s.d.startsWith('M'))).toBe(true);
    expect(shapes.some((s) => s.name === 'Antarctica')).toBe(false);
    const codes = shapes.map((s) => s.code);
    expect(new Set(codes).size).toBe(codes.length - 2); // the breakaway regions share their state's code
    expect(codes).toEqual(expect.arrayContaining(['JPN', 'UKR', 'TWN', 'XKX']));
  });
});

describe('map colours', () => {
  const row = (cooperative: number, conflictual: number, neutral = 0) => ({
    events: cooperative + conflictual + neutral,
    cooperative,
    conflictual,
  });

  it('colours by net tone, from mostly conflictual to mostly cooperative', () => {
    expect(netTone(row(3, 1))).toBe(0.5);
    expect(stanceClass(row(0, 4))).toBe('strong-conflict');
    expect(stanceClass(row(1, 3))).toBe('conflict');
    expect(stanceClass(row(2, 2))).toBe('mixed');
    expect(stanceClass(row(0, 0, 5))).toBe('mixed');
    expect(stanceClass(row(3, 1))).toBe('cooperation');
    expect(stanceClass(row(5, 0))).toBe('strong-cooperation');
  });

  it('leaves countries without counted events uncoloured', () => {
    expect(stanceClass(undefined)).toBe('none');
    expect(stanceClass(row(0, 0))).toBe('none');
  });
});
