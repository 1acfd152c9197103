import countries from 'i18n-iso-countries';

/**
 * world-atlas keys countries by ISO 3166-1 numeric id; the app's actors are alpha-3 codes. A few shapes have
 * no ISO id: Kosovo takes the code in common use (XKX), and the two breakaway regions take the state they
 * belong to under international law, so a stance toward Cyprus or Somalia colours all of it.
 */
const BY_NAME: Record<string, string> = { Kosovo: 'XKX', 'N. Cyprus': 'CYP', Somaliland: 'SOM' };

export function alpha3For(id: string | number | undefined, name: string): string | null {
  if (id !== undefined && id !== '') {
    const code = countries.numericToAlpha3(String(id).padStart(3, '0'));
    if (code) return code;
  }
  return BY_NAME[name] ?? null;
}
