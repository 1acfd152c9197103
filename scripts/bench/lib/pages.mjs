// Generates news pages for benchmarks: outlet chrome (mega menu, share bars, related-story grid, comments,
// inline scripts and styles, footer) around an article with metadata, from fixed word banks and a seeded
// random source. Pages come out at 55-100 KB (median about 75 KB), the size range of real news pages (the html-truth dev pages
// have a median of about 90 KB), so fixed per-article costs are weighed as they are in real imports.
const OUTLETS = [
  ['Reuters', 'reuters.com'],
  ['Yonhap News Agency', 'en.yna.co.kr'],
  ['TASS', 'tass.com'],
  ['The Guardian', 'theguardian.com'],
  ['Kyiv Post', 'kyivpost.com'],
  ['Nikkei Asia', 'asia.nikkei.com'],
  ['Al Jazeera', 'aljazeera.com'],
  ['Deutsche Welle', 'dw.com'],
];
const ACTORS = [
  'Russia',
  'South Korea',
  'Japan',
  'the United States',
  'China',
  'Ukraine',
  'North Korea',
  'Germany',
  'France',
  'Turkey',
  'India',
  'Iran',
];
const CAPITALS = [
  'Moscow',
  'Seoul',
  'Tokyo',
  'Washington',
  'Beijing',
  'Kyiv',
  'Pyongyang',
  'Berlin',
  'Paris',
  'Ankara',
  'New Delhi',
  'Tehran',
];
const VERBS = [
  'criticised',
  'praised',
  'warned',
  'thanked',
  'accused',
  'met',
  'urged',
  'threatened',
  'welcomed',
  'condemned',
  'signed an agreement with',
  'held talks with',
];
const TOPICS = [
  'missile tests',
  'grain exports',
  'sanctions',
  'energy supplies',
  'border security',
  'a trade deal',
  'naval drills',
  'nuclear talks',
  'visa rules',
  'humanitarian aid',
];
const FILLER = [
  'Officials familiar with the discussions said no date had been set for the next round.',
  'The ministry did not respond to a request for comment on Tuesday.',
  'Analysts said the statement reflected a broader shift in the region.',
  'Diplomats described the meeting as frank and, at times, difficult.',
  'The announcement came days before a scheduled summit of regional leaders.',
  'Markets in the region were little changed after the remarks.',
  'A spokesperson said the government would study the proposal carefully.',
  'Opposition lawmakers called for a parliamentary hearing on the matter.',
];

function random(seed) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x9e3779b9) >>> 0;
    return s / 0x100000000;
  };
}

export function generatePages(count, seed = 42) {
  const rnd = random(seed);
  const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
  const pages = [];
  for (let i = 0; i < count; i++) {
    const [site, domain] = pick(OUTLETS);
    const a = pick(ACTORS);
    let b = pick(ACTORS);
    if (b === a) b = ACTORS[(ACTORS.indexOf(a) + 1) % ACTORS.length];
    const topic = pick(TOPICS);
    const day = 1 + Math.floor(rnd() * 28);
    const month = 1 + Math.floor(rnd() * 12);
    const date = `2024-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const title = `${a[0].toUpperCase()}${a.slice(1)} ${pick(VERBS)} ${b} over ${topic} (${i + 1})`;
    const paragraphs = [];
    const n = 6 + Math.floor(rnd() * 10);
    for (let p = 0; p < n; p++) {
      const lead = `${pick(CAPITALS)} ${pick(VERBS)} ${pick(ACTORS)} on ${pick(TOPICS)} in report ${i + 1}, paragraph ${p + 1}.`;
      paragraphs.push(`${lead} ${pick(FILLER)} ${pick(FILLER)} ${pick(FILLER)}`);
    }
    const related = Array.from(
      { length: 24 + Math.floor(rnd() * 40) },
      (_, k) =>
        `<li class="card"><a href="/news/${i}-${k}"><img src="https://cdn.${domain}/t/${i}-${k}.jpg" alt=""><h3>${pick(ACTORS)} and ${pick(ACTORS)} discuss ${pick(TOPICS)}</h3></a><p class="teaser">${pick(FILLER)}</p><span class="time">${1 + k} hours ago</span></li>`,
    ).join('');
    const menu = Array.from(
      { length: 12 },
      (_, m) =>
        `<li class="menu-group"><a href="/section/${m}">${pick(TOPICS)}</a><ul>${Array.from({ length: 14 }, (_, k) => `<li><a href="/section/${m}/${k}">${pick(CAPITALS)} ${pick(TOPICS)}</a></li>`).join('')}</ul></li>`,
    ).join('');
    const comments = Array.from(
      { length: Math.floor(rnd() * 30) },
      (_, k) =>
        `<div class="comment"><b>reader${(i * 31 + k) % 997}</b> <span>${k + 1}h</span><p>${pick(FILLER)} ${pick(FILLER)}</p><a href="#">Reply</a> <a href="#">Report</a></div>`,
    ).join('');
    const adSlots = Array.from({ length: 100 + Math.floor(rnd() * 400) }, (_, k) => ({
      slot: `slot-${k}`,
      sizes: [
        [300, 250],
        [728, 90],
      ],
      targeting: { section: pick(TOPICS), page: i },
    }));
    const tracking = `window.__config=${JSON.stringify({ ads: adSlots })};`;
    const styles = Array.from(
      { length: 80 },
      (_, k) =>
        `.c${k}{margin:${k}px;padding:${k % 7}px;color:#${String(k * 7919)
          .padStart(6, '0')
          .slice(-6)}}`,
    ).join('');
    const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>${title} | ${site}</title>
<meta property="og:site_name" content="${site}"><meta property="og:title" content="${title}">
<meta property="article:published_time" content="${date}T08:00:00Z">
<link rel="canonical" href="https://www.${domain}/world/${date}/story-${i + 1}">
<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: title, datePublished: `${date}T08:00:00Z`, author: { '@type': 'Person', name: `Reporter ${i % 37}` }, publisher: { '@type': 'Organization', name: site } })}</script>
<script>window.dataLayer=[];function track(){}</script><script>${tracking}</script><style>${styles}</style>
</head><body>
<div class="cookie-banner"><p>We use cookies to improve your experience.</p><button>Accept</button><button>Settings</button></div>
<header><nav><a href="/">Home</a><a href="/world">World</a><a href="/business">Business</a><a href="/sport">Sport</a><ul class="mega">${menu}</ul></nav></header>
<div class="share"><a href="#">Share</a><a href="#">Tweet</a><a href="#">Email</a></div>
<main><article>
<h1>${title}</h1><p class="byline">By Reporter ${i % 37}</p><time datetime="${date}">${date}</time>
${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}
<figure><img src="https://cdn.${domain}/img/${i}.jpg" alt="Photo"><figcaption>File photo.</figcaption></figure>
</article>
<section class="comments"><h2>Comments</h2>${comments}</section>
<aside><h2>Related</h2><ul>${related}</ul></aside>
<form class="newsletter"><label>Newsletter <input type="email"></label><button>Sign up</button></form></main>
<footer><p>© 2024 ${site}. All rights reserved.</p><a href="/privacy">Privacy</a><a href="/terms">Terms</a><ul>${menu}</ul></footer>
<iframe src="https://ads.example.com/slot"></iframe>
</body></html>`;
    pages.push({ name: `page-${String(i + 1).padStart(4, '0')}.html`, html });
  }
  return pages;
}
