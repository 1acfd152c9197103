import { all, textOf, type DomElement } from './dom';

const CAPTION = /(?:^|[\s_-])(?:caption|credits?|copyright|image-source|bildnachweis|photo-credit)(?:$|[\s_-])/i;
const SHARE = /(?:^|[\s_-])(?:share|sharing|social|related|read-?more|newsletter|teaser|recommend\w*|promo|ad|ads|advert\w*|breadcrumbs?)(?:$|[\s_-])/i;

/** Drop what Readability keeps but readers skip: image credits, share bars, link-only "read also" lines. */
export function cleanArticle(root: DomElement): void {
  const mode = process.env.CLEAN ?? 'abc';
  if (mode.includes('a')) for (const el of all(root, 'figcaption, [class*="caption"], [class*="credit"], [class*="copyright"]')) {
    if (el.tagName.toUpperCase() === 'FIGCAPTION' || CAPTION.test(el.getAttribute('class') ?? '')) el.remove();
  }
  if (mode.includes('b')) for (const el of all(root, '[class]')) {
    if (SHARE.test(el.getAttribute('class') ?? '') && textOf(el).length < 300) el.remove();
  }
  if (mode.includes('c')) for (const el of all(root, 'p, li, div')) {
    const text = textOf(el);
    if (!text || text.length > 160) continue;
    const linked = all(el, 'a').reduce((n, a) => n + textOf(a).length, 0);
    if (linked / text.length > 0.6 && linked > 0 && /[:»›]/.test(text.slice(0, 40))) el.remove();
  }
}
