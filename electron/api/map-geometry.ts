import { geoNaturalEarth1, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { alpha3For } from './country-codes';

/** One country's outline, projected to SVG path data for a map of a given size. */
export interface CountryShape {
  code: string | null;
  name: string;
  d: string;
}

type Props = { name: string };
export type CountriesTopology = Topology<{ countries: GeometryCollection<Props> }>;

/**
 * Outlines of a world-atlas topology for a width x height map (Natural Earth projection, fitted to the box;
 * Antarctica left out). With `digits`, coordinates are rounded to that many decimals to keep the path data short.
 */
export function projectCountries(topology: CountriesTopology, width: number, height: number, digits?: number): CountryShape[] {
  const collection = feature(topology, topology.objects.countries);
  const shown = { ...collection, features: collection.features.filter((f) => f.properties.name !== 'Antarctica') };
  const projection = geoNaturalEarth1().fitExtent(
    [
      [4, 4],
      [width - 4, height - 4],
    ],
    shown,
  );
  const path = geoPath(projection);
  if (digits !== undefined) path.digits(digits);
  return shown.features.map((f) => ({
    code: alpha3For(f.id, f.properties.name),
    name: f.properties.name,
    d: path(f) ?? '',
  }));
}
