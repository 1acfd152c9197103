import { describe, expect, it } from 'vitest';
import { highWaterMark, invalidMark, portionLabel, printedBanner } from '../../../electron/core/briefing/marking';
import { doc } from './doc-fixture';

describe('handling marks', () => {
  it('prints the highest TLP level of the banner and the portion marks', () => {
    expect(highWaterMark('tlp', ['TLP:GREEN', 'tlp:amber', 'TLP:CLEAR'])).toBe('TLP:AMBER');
    expect(highWaterMark('tlp', ['TLP:AMBER', 'TLP:AMBER+STRICT'])).toBe('TLP:AMBER+STRICT');
    expect(highWaterMark('tlp', ['TLP:RED', 'TLP:AMBER+STRICT'])).toBe('TLP:RED');
    const d = doc({ marking: { scheme: 'tlp', banner: 'TLP:GREEN', portionMarks: true } });
    d.sections[2]!.portion = 'TLP:AMBER';
    expect(printedBanner(d)).toBe('TLP:AMBER');
    // Without portion marks the banner is what the analyst set.
    expect(printedBanner({ ...d, marking: { ...d.marking, portionMarks: false } })).toBe('TLP:GREEN');
  });

  it('ranks classification presets below free text, which is kept as written', () => {
    expect(highWaterMark('classification', ['UNCLASSIFIED', 'CUI'])).toBe('CUI');
    expect(highWaterMark('classification', ['U', 'unclassified'])).toBe('UNCLASSIFIED');
    expect(highWaterMark('classification', ['CUI', 'Company Confidential'])).toBe('Company Confidential');
  });

  it('marks paragraphs with the part’s own mark or the banner', () => {
    const d = doc({ marking: { scheme: 'classification', banner: 'UNCLASSIFIED', portionMarks: true } });
    expect(portionLabel(d, null)).toBe('(U)');
    expect(portionLabel(d, 'CUI')).toBe('(CUI)');
    expect(portionLabel({ ...d, marking: { ...d.marking, portionMarks: false } }, 'CUI')).toBeNull();
  });

  it('refuses a TLP label that does not exist', () => {
    expect(invalidMark('tlp', 'TLP:PURPLE')).toMatch(/not a TLP level/);
    expect(invalidMark('tlp', 'TLP:WHITE')).toBeNull();
    expect(invalidMark('classification', 'Anything the analyst writes')).toBeNull();
  });
});
