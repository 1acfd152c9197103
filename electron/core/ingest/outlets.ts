/**
 * Known news outlets, so that "(Reuters)", "reuters.com" and "Thomson Reuters" all become one source.
 * Unknown outlets are created from the site name or domain as they are first seen.
 */
export interface KnownOutlet {
  name: string;
  domains: string[];
  aliases: string[];
  country: string | null;
  kind: 'wire' | 'state media' | 'public broadcaster' | 'newspaper' | 'broadcaster' | 'magazine' | 'online';
}

export const KNOWN_OUTLETS: KnownOutlet[] = [
  { name: 'Reuters', domains: ['reuters.com'], aliases: ['thomson reuters'], country: 'GBR', kind: 'wire' },
  {
    name: 'Associated Press',
    domains: ['apnews.com', 'ap.org'],
    aliases: ['ap', 'the associated press'],
    country: 'USA',
    kind: 'wire',
  },
  {
    name: 'AFP',
    domains: ['afp.com'],
    aliases: ['agence france-presse', 'agence france presse', 'france presse'],
    country: 'FRA',
    kind: 'wire',
  },
  { name: 'Bloomberg', domains: ['bloomberg.com'], aliases: ['bloomberg news'], country: 'USA', kind: 'wire' },
  {
    name: 'TASS',
    domains: ['tass.com', 'tass.ru'],
    aliases: ['itar-tass', 'tass news agency'],
    country: 'RUS',
    kind: 'state media',
  },
  { name: 'RIA Novosti', domains: ['ria.ru'], aliases: ['ria', 'ria novosti'], country: 'RUS', kind: 'state media' },
  { name: 'Interfax', domains: ['interfax.ru', 'interfax.com'], aliases: [], country: 'RUS', kind: 'wire' },
  { name: 'RT', domains: ['rt.com'], aliases: ['russia today'], country: 'RUS', kind: 'state media' },
  { name: 'Sputnik', domains: ['sputniknews.com', 'sputnikglobe.com'], aliases: [], country: 'RUS', kind: 'state media' },
  { name: 'Xinhua', domains: ['xinhuanet.com', 'news.cn'], aliases: ['xinhua news agency'], country: 'CHN', kind: 'state media' },
  { name: 'Global Times', domains: ['globaltimes.cn'], aliases: [], country: 'CHN', kind: 'state media' },
  { name: 'CGTN', domains: ['cgtn.com'], aliases: [], country: 'CHN', kind: 'state media' },
  {
    name: 'Yonhap',
    domains: ['yna.co.kr', 'en.yna.co.kr'],
    aliases: ['yonhap news agency', 'yonhap news'],
    country: 'KOR',
    kind: 'wire',
  },
  {
    name: 'KCNA',
    domains: ['kcna.kp', 'kcnawatch.org'],
    aliases: ['korean central news agency'],
    country: 'PRK',
    kind: 'state media',
  },
  { name: 'Kyodo', domains: ['kyodonews.net'], aliases: ['kyodo news'], country: 'JPN', kind: 'wire' },
  { name: 'NHK', domains: ['nhk.or.jp'], aliases: ['nhk world'], country: 'JPN', kind: 'public broadcaster' },
  {
    name: 'BBC',
    domains: ['bbc.co.uk', 'bbc.com'],
    aliases: ['bbc news', 'british broadcasting corporation'],
    country: 'GBR',
    kind: 'public broadcaster',
  },
  {
    name: 'The Guardian',
    domains: ['theguardian.com', 'guardian.co.uk'],
    aliases: ['guardian'],
    country: 'GBR',
    kind: 'newspaper',
  },
  { name: 'Financial Times', domains: ['ft.com'], aliases: ['ft'], country: 'GBR', kind: 'newspaper' },
  { name: 'The New York Times', domains: ['nytimes.com'], aliases: ['new york times', 'nyt'], country: 'USA', kind: 'newspaper' },
  {
    name: 'The Washington Post',
    domains: ['washingtonpost.com'],
    aliases: ['washington post'],
    country: 'USA',
    kind: 'newspaper',
  },
  {
    name: 'The Wall Street Journal',
    domains: ['wsj.com'],
    aliases: ['wall street journal', 'wsj'],
    country: 'USA',
    kind: 'newspaper',
  },
  { name: 'CNN', domains: ['cnn.com'], aliases: [], country: 'USA', kind: 'broadcaster' },
  { name: 'Al Jazeera', domains: ['aljazeera.com', 'aljazeera.net'], aliases: [], country: 'QAT', kind: 'broadcaster' },
  { name: 'Deutsche Welle', domains: ['dw.com'], aliases: ['dw'], country: 'DEU', kind: 'public broadcaster' },
  { name: 'France 24', domains: ['france24.com'], aliases: [], country: 'FRA', kind: 'public broadcaster' },
  { name: 'Le Monde', domains: ['lemonde.fr'], aliases: [], country: 'FRA', kind: 'newspaper' },
  { name: 'Der Spiegel', domains: ['spiegel.de'], aliases: ['spiegel'], country: 'DEU', kind: 'magazine' },
  { name: 'The Korea Herald', domains: ['koreaherald.com'], aliases: ['korea herald'], country: 'KOR', kind: 'newspaper' },
  { name: 'The Korea Times', domains: ['koreatimes.co.kr'], aliases: ['korea times'], country: 'KOR', kind: 'newspaper' },
  { name: 'The Japan Times', domains: ['japantimes.co.jp'], aliases: ['japan times'], country: 'JPN', kind: 'newspaper' },
  { name: 'South China Morning Post', domains: ['scmp.com'], aliases: ['scmp'], country: 'HKG', kind: 'newspaper' },
  {
    name: 'Kyiv Independent',
    domains: ['kyivindependent.com'],
    aliases: ['the kyiv independent'],
    country: 'UKR',
    kind: 'online',
  },
  { name: 'Ukrinform', domains: ['ukrinform.net', 'ukrinform.ua'], aliases: [], country: 'UKR', kind: 'state media' },
  { name: 'IRNA', domains: ['irna.ir'], aliases: ['islamic republic news agency'], country: 'IRN', kind: 'state media' },
  { name: 'Anadolu Agency', domains: ['aa.com.tr'], aliases: ['anadolu'], country: 'TUR', kind: 'state media' },
  { name: 'Wikinews', domains: ['wikinews.org', 'en.wikinews.org'], aliases: [], country: null, kind: 'online' },
];

const byAlias = new Map<string, KnownOutlet>();
for (const o of KNOWN_OUTLETS) {
  for (const a of [o.name, ...o.aliases]) byAlias.set(a.toLowerCase(), o);
}

export function domainOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const host = new URL(url).hostname.toLowerCase().replace(/^www\d?\./, '');
    return host || null;
  } catch {
    return null;
  }
}

function knownByDomain(domain: string): KnownOutlet | undefined {
  return KNOWN_OUTLETS.find((o) => o.domains.some((d) => domain === d || domain.endsWith(`.${d}`)));
}

export interface OutletGuess {
  name: string;
  domain: string | null;
  country: string | null;
  kind: string | null;
}

/** Decide the outlet from what the document says (site name), where it came from (URL) and its dateline. */
export function identifyOutlet(
  site: string | null,
  url: string | null,
  datelineOutlet: string | null = null,
): OutletGuess | null {
  const domain = domainOf(url);
  const candidates = [site, datelineOutlet].filter((s): s is string => !!s && s.trim().length > 0);
  for (const c of candidates) {
    const known = byAlias.get(c.trim().toLowerCase());
    if (known) return { name: known.name, domain: known.domains[0] ?? domain, country: known.country, kind: known.kind };
  }
  if (domain) {
    const known = knownByDomain(domain);
    if (known) return { name: known.name, domain: known.domains[0] ?? domain, country: known.country, kind: known.kind };
  }
  const name = candidates[0]?.trim();
  if (name) return { name: name.slice(0, 120), domain, country: null, kind: null };
  if (domain) return { name: domain, domain, country: null, kind: null };
  return null;
}
