import {
  AlignmentType,
  BorderStyle,
  Document,
  EndnoteReferenceRun,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type { Token, Tokens } from 'marked';
import type { BriefingDoc, Paper } from '../../api/briefing';
import { actorName } from '../analysis/gazetteer';
import { endnoteNumbers, MARKER } from './citations';
import { citationLine } from './export-markdown';
import { scopeLine } from './html';
import { markdownTokens } from './markdown';
import { portionLabel, printedBanner } from './marking';
import { SCALES, scaleLegend, termFor } from './scales';

/**
 * The briefing as a Word document: the same sections, citations as real Word endnotes, and the marking (with the
 * title, date and "Page X of Y") in the header and footer of every page.
 */

const FONT = 'Noto Sans';
const TWIPS_PER_MM = 56.7;
const PAGE: Record<Paper, { width: number; height: number }> = {
  a4: { width: Math.round(210 * TWIPS_PER_MM), height: Math.round(297 * TWIPS_PER_MM) },
  letter: { width: 12240, height: 15840 },
};
const TREND = { rising: 'warming', falling: 'cooling', steady: 'steady' } as const;

interface Style {
  bold?: boolean;
  italics?: boolean;
}

class DocxBuilder {
  readonly numbers: Map<string, number>;
  constructor(readonly doc: BriefingDoc) {
    this.numbers = endnoteNumbers(doc);
  }

  notes(ids: readonly string[]): ParagraphChild[] {
    const ns = [...new Set(ids.map((id) => this.numbers.get(id)).filter((n): n is number => n !== undefined))];
    return ns.map((n) => new EndnoteReferenceRun(n));
  }

  /** Text with `[^id]` markers as endnote references. */
  runs(text: string, style: Style = {}): ParagraphChild[] {
    const out: ParagraphChild[] = [];
    let last = 0;
    for (const m of text.matchAll(MARKER)) {
      if (m.index! > last) out.push(new TextRun({ text: text.slice(last, m.index), ...style }));
      out.push(...this.notes([m[1]!]));
      last = m.index! + m[0].length;
    }
    if (last < text.length) out.push(new TextRun({ text: text.slice(last), ...style }));
    return out;
  }

  inline(tokens: readonly Token[] | undefined, style: Style = {}): ParagraphChild[] {
    const out: ParagraphChild[] = [];
    for (const t of tokens ?? []) {
      if (t.type === 'strong') out.push(...this.inline((t as Tokens.Strong).tokens, { ...style, bold: true }));
      else if (t.type === 'em') out.push(...this.inline((t as Tokens.Em).tokens, { ...style, italics: true }));
      else if (t.type === 'link') out.push(...this.inline((t as Tokens.Link).tokens, style));
      else if (t.type === 'br') out.push(new TextRun({ text: '', break: 1 }));
      else if ('tokens' in t && Array.isArray(t.tokens) && t.type !== 'codespan')
        out.push(...this.inline(t.tokens as Token[], style));
      else out.push(...this.runs(unescape('text' in t ? String(t.text) : t.raw), style));
    }
    return out;
  }

  portion(portion: string | null): ParagraphChild[] {
    const label = portionLabel(this.doc, portion);
    return label ? [new TextRun({ text: `${label} `, bold: true })] : [];
  }

  markdown(text: string, portion: string | null): Paragraph[] {
    const out: Paragraph[] = [];
    for (const block of markdownTokens(text)) {
      if (block.type === 'heading') {
        const h = block as Tokens.Heading;
        out.push(new Paragraph({ heading: HeadingLevel.HEADING_3, children: this.inline(h.tokens) }));
      } else if (block.type === 'paragraph') {
        out.push(new Paragraph({ children: [...this.portion(portion), ...this.inline((block as Tokens.Paragraph).tokens)] }));
      } else if (block.type === 'list') {
        const list = block as Tokens.List;
        list.items.forEach((item, i) => {
          const lead = list.ordered ? `${Number(list.start || 1) + i}. ` : '• ';
          const inner = item.tokens.flatMap((t) =>
            'tokens' in t && Array.isArray(t.tokens) ? this.inline(t.tokens as Token[]) : [],
          );
          out.push(
            new Paragraph({
              indent: { left: 360, hanging: 240 },
              children: [...this.portion(portion), new TextRun(lead), ...inner],
            }),
          );
        });
      } else if (block.type === 'blockquote') {
        for (const p of (block as Tokens.Blockquote).tokens)
          if ('tokens' in p && Array.isArray(p.tokens))
            out.push(new Paragraph({ indent: { left: 480 }, children: this.inline(p.tokens as Token[], { italics: true }) }));
      } else if (block.type !== 'space' && block.type !== 'hr') {
        out.push(new Paragraph({ children: this.runs(unescape(block.raw.trim())) }));
      }
    }
    return out;
  }

  table(head: string[], rows: ParagraphChild[][][]): Table {
    const cellOf = (children: ParagraphChild[]) => new TableCell({ children: [new Paragraph({ children })] });
    return new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({
          tableHeader: true,
          cantSplit: true,
          children: head.map((h) => cellOf([new TextRun({ text: h, bold: true })])),
        }),
        ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c) => cellOf(c)) })),
      ],
    });
  }
}

const unescape = (s: string) => s.replace(/\\([\\`*_[\]<>#|~])/g, '$1');

function body(b: DocxBuilder): Array<Paragraph | Table> {
  const { doc } = b;
  const out: Array<Paragraph | Table> = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(doc.title)] }),
    new Paragraph({ children: [new TextRun({ text: scopeLine(doc), italics: true })] }),
  ];
  for (const s of doc.sections) {
    if (s.kind === 'key-judgments' && !doc.keyJudgments.length && !s.markdown.trim()) continue;
    out.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(s.heading || 'Untitled section')] }));
    if (s.kind === 'bottom-line' && doc.bottomLine.text.trim())
      out.push(...b.markdown(doc.bottomLine.text, doc.bottomLine.portion));
    if (s.markdown.trim()) out.push(...b.markdown(s.markdown, s.portion));
    if (s.kind === 'key-judgments')
      doc.keyJudgments.forEach((k, i) => {
        out.push(
          new Paragraph({
            keepNext: true,
            children: [
              ...b.portion(k.portion),
              new TextRun({ text: `KJ${i + 1}. `, bold: true }),
              ...b.runs(k.text),
              ...b.notes(k.citationIds),
            ],
          }),
          new Paragraph({
            children: [
              new TextRun({
                text: `Likelihood: ${termFor(doc.scale, k.likelihood).term} (${k.likelihood[0]}–${k.likelihood[1]}%). Confidence: ${k.confidence}.`,
                italics: true,
              }),
            ],
          }),
        );
      });
    if (s.developments?.length)
      out.push(
        b.table(
          ['Date', 'Who → whom', 'What happened'],
          s.developments.map((r) => [
            [new TextRun(r.date ?? 'undated')],
            [new TextRun(`${actorName(r.source)} → ${actorName(r.target)}`)],
            [new TextRun(r.text), ...b.notes(r.citationIds)],
          ]),
        ),
      );
    if (s.stances?.length)
      out.push(
        b.table(
          ['Pair', 'Coop.', 'Confl.', 'Neutral', 'Mean intensity', 'Trend', 'Events'],
          s.stances.map((r) => [
            [new TextRun(`${r.sourceName} → ${r.targetName}`), ...b.notes(r.citationIds)],
            [new TextRun(String(r.cooperative))],
            [new TextRun(String(r.conflictual))],
            [new TextRun(String(r.neutral))],
            [new TextRun(r.balance.toFixed(1))],
            [new TextRun(TREND[r.trend])],
            [new TextRun(String(r.events))],
          ]),
        ),
      );
    for (const q of s.quotes ?? [])
      out.push(
        new Paragraph({
          indent: { left: 480 },
          children: [new TextRun({ text: `“${q.text}”`, italics: true }), ...b.notes(q.citationIds)],
        }),
        new Paragraph({ indent: { left: 480 }, children: [new TextRun(`— ${q.speaker ?? 'unattributed'}`)] }),
      );
    if (s.kind === 'sources')
      out.push(
        new Paragraph({
          children: [new TextRun({ text: 'Sources are listed in the endnotes, with their Admiralty grades.', italics: true })],
        }),
      );
  }
  out.push(
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Estimative language')] }),
    new Paragraph({
      border: {
        top: { style: BorderStyle.SINGLE, size: 6, color: '1B1F24' },
        bottom: { style: BorderStyle.SINGLE, size: 6, color: '1B1F24' },
      },
      children: [
        new TextRun(
          `Likelihood words follow the ${SCALES[doc.scale].name}: ${scaleLegend(doc.scale)
            .map((l) => `${l.term} (${l.band})`)
            .join(
              ', ',
            )}. Confidence (high, moderate, low) is stated separately. Source grades: the outlet's reliability A–F (F cannot be judged) and the claim's credibility 1–6 (2 corroborated, 3 single source, 5 contradicted).`,
        ),
      ],
    }),
  );
  return out;
}

function endnotes(b: DocxBuilder): Record<string, { children: Paragraph[] }> {
  const notes: Record<string, { children: Paragraph[] }> = {};
  for (const c of b.doc.citations) {
    const n = b.numbers.get(c.id);
    if (n === undefined || notes[n]) continue;
    notes[n] = { children: [new Paragraph({ children: [new TextRun(citationLine(c))] })] };
  }
  return notes;
}

export async function briefingToDocx(doc: BriefingDoc, data: { printedOn: string; paper?: Paper }): Promise<Buffer> {
  const b = new DocxBuilder(doc);
  const banner = printedBanner(doc);
  const small = { size: 16, color: '5B636D' };
  const header = new Header({
    children: [
      new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: banner, bold: true })] }),
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ text: `${doc.title} · ${data.printedOn}`, ...small })],
      }),
    ],
  });
  const footer = new Footer({
    children: [
      new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: banner, bold: true })] }),
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ ...small, children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] })],
      }),
    ],
  });
  const document = new Document({
    title: doc.title,
    creator: 'Briefing',
    styles: { default: { document: { run: { font: FONT, size: 20 } } } },
    endnotes: endnotes(b),
    sections: [
      {
        properties: {
          page: { size: PAGE[data.paper ?? doc.paper], margin: { top: 1080, bottom: 1080, left: 1000, right: 1000 } },
        },
        headers: { default: header },
        footers: { default: footer },
        children: body(b),
      },
    ],
  });
  return Packer.toBuffer(document);
}
