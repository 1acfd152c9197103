import type { PublishedDate } from '../types';
import { findDate, published } from './dates';

export interface Dateline {
  place: string;
  /** A full date written in the dateline itself (rare: most give only month and day). */
  date: PublishedDate | null;
}

const PLACE = String.raw`(\p{Lu}[\p{Lu}\p{M}'’.\- ]{1,40}?(?:/\p{Lu}[\p{Lu}\p{M}'’.\- ]{1,40}?)*)`;
const DATELINE = new RegExp(
  String.raw`^${PLACE}(?:,\s*[\p{L}. ]{0,25}?)?(?:,\s*[^()\n–—-]{0,30}?)?\s*(?:\([^)\n]{1,40}\))?\s*[-–—]{1,2}\s+\S`,
  'u',
);

/** "MOSCOW, June 5 (Reuters) - ..." at the start of the body: the place, and the date when it is complete. */
export function findDateline(text: string): Dateline | null {
  const opening = text.slice(0, 1200).split('\n\n').slice(0, 3);
  const m = opening.map((p) => DATELINE.exec(p.slice(0, 200))).find((x) => x);
  if (!m) return null;
  const place = m[1].trim().replace(/[.,]$/, '');
  if (place.length < 3 || !/\p{Lu}{3}/u.test(place)) return null;
  const prefix = m[0];
  const date = findDate(prefix);
  return { place: titleCase(place), date: date ? published(date.date, 'dateline') : null };
}

function titleCase(place: string): string {
  return place.toLowerCase().replace(/(^|[\s/\-'’])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}
