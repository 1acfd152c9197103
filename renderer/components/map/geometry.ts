import atlas from 'world-atlas/countries-110m.json';
import { type CountriesTopology, type CountryShape, projectCountries } from '../../../electron/api/map-geometry';

export type { CountryShape };

const topology = atlas as unknown as CountriesTopology;

/** Outlines for a width x height map (Natural Earth projection, fitted to the box; Antarctica left out). */
export function countryShapes(width: number, height: number): CountryShape[] {
  return projectCountries(topology, width, height);
}
