import { all, textOf, type DomElement } from './dom';

const CREDIT_CLASS = /(?:^|[\s_-])(?:credits?|copyright|image-source|bildnachweis|photo-credit|bildquelle)(?:$|[\s_-])/i;
const CREDIT_TEXT =
  /©|\b(?:foto|fotos|bild|bilder|photo|image|quelle|source|credit|zdjęcie|źródło)\s*:|\b(?:getty ?images|shutterstock|imago|picture alliance|dpa|afp|reuters|istock)\b/i;
const READ_ALSO = /^[^:»›\n]{2,30}[:»›]\s/;

/** Drop what Readability keeps but readers skip: image credits and link-only "read also" lines. */
export function cleanArticle(root: DomElement): void {
  for (const el of all(root, 'figcaption, [class*="caption"], [class*="credit"], [class*="copyright"]')) {
    const text = textOf(el);
    if (CREDIT_CLASS.test(el.getAttribute('class') ?? '') || (text.length < 200 && CREDIT_TEXT.test(text))) el.remove();
  }
  for (const el of all(root, 'p, li, div')) {
    const text = textOf(el);
    if (!text || text.length > 160 || !READ_ALSO.test(text)) continue;
    const linked = all(el, 'a').reduce((n, a) => n + textOf(a).length, 0);
    if (linked / text.length > 0.6) el.remove();
  }
}
