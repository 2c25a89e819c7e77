import { inflateSync } from 'node:zlib';

/**
 * Just enough of a PDF reader to check what Chromium's `page.pdf()` printed, without a PDF library or
 * poppler: the pages in order, each page's size and its text as lines. Chromium (Skia) writes plain objects
 * (no object streams), Flate-compressed content streams, and fonts with a ToUnicode map; text is shown glyph
 * by glyph with hex strings (`<0038> Tj`), positioned with `Tm` and `Td`. The text of a page is rebuilt from
 * the glyphs' positions: glyphs on the same baseline make a line, in order of x; a wide gap between two
 * glyphs (a table cell border) becomes ` | `.
 */
export interface PdfPage {
  /** Width and height in points (A4 landscape ≈ 842 × 595). */
  width: number;
  height: number;
  /** The page's text lines, top to bottom. */
  lines: string[];
}

interface PdfObject {
  dict: string;
  stream?: Buffer;
}

function readObjects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1');
  const objects = new Map<number, PdfObject>();
  const header = /(\d+) 0 obj\s*/g;
  for (let m = header.exec(text); m; m = header.exec(text)) {
    const start = m.index + m[0].length;
    const streamAt = text.indexOf('stream', start);
    const endAt = text.indexOf('endobj', start);
    if (streamAt >= 0 && streamAt < endAt) {
      const dict = text.slice(start, streamAt);
      const length = Number(/\/Length (\d+)/.exec(dict)?.[1]);
      const dataStart = streamAt + 'stream'.length + (text[streamAt + 6] === '\r' ? 2 : 1);
      const raw = pdf.subarray(dataStart, dataStart + length);
      objects.set(Number(m[1]), { dict, stream: dict.includes('/FlateDecode') ? inflateSync(raw) : raw });
      header.lastIndex = dataStart + length;
    } else {
      objects.set(Number(m[1]), { dict: text.slice(start, endAt) });
    }
  }
  return objects;
}

const ref = (dict: string, key: string) => {
  const m = new RegExp(`/${key} (\\d+) 0 R`).exec(dict);
  return m ? Number(m[1]) : undefined;
};

/** A font as far as text goes: its codes' text (ToUnicode) and advance widths (in text space units per unit of font size). */
interface PdfFont {
  /** Hex digits per code: 4 for Identity-H fonts, 2 for simple ones. */
  digits: number;
  text: Map<string, string>;
  width: (code: number) => number;
}

function toUnicode(cmap: string): Map<string, string> {
  const map = new Map<string, string>();
  const utf16 = (hex: string) => String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((h) => parseInt(h, 16)));
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, code, uni] of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) map.set(code!.toUpperCase(), utf16(uni!));
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, from, to, uni] of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      const [a, b, u] = [parseInt(from!, 16), parseInt(to!, 16), parseInt(uni!, 16)];
      for (let c = a; c <= b; c++) map.set(c.toString(16).toUpperCase().padStart(from!.length, '0'), String.fromCharCode(u + c - a));
    }
  }
  return map;
}

const numbers = (text: string) => text.trim().split(/\s+/).filter(Boolean).map(Number);

/** A composite (Type0) font's widths, from its descendant's `/W` (`c [w…]` and `first last w`) and `/DW`, in thousandths. */
function cidWidths(cidFont: string): (code: number) => number {
  const widths = new Map<number, number>();
  const w = /\/W \[([\s\S]*)\]\s*\/DW/.exec(cidFont)?.[1] ?? /\/W \[([\s\S]*?\])\s*\]/.exec(cidFont)?.[1] ?? '';
  const parts = w.match(/\[[^\]]*\]|[-\d.]+/g) ?? [];
  for (let i = 0; i < parts.length;) {
    const first = Number(parts[i]);
    if (parts[i + 1]?.startsWith('[')) {
      numbers(parts[i + 1]!.slice(1, -1)).forEach((value, k) => widths.set(first + k, value));
      i += 2;
    } else {
      for (let c = first; c <= Number(parts[i + 1]); c++) widths.set(c, Number(parts[i + 2]));
      i += 3;
    }
  }
  const fallback = Number(/\/DW ([\d.]+)/.exec(cidFont)?.[1] ?? 1000);
  return (code) => (widths.get(code) ?? fallback) / 1000;
}

interface Glyph { x: number; y: number; end: number; size: number; text: string }

/** The glyphs a content stream shows, each with its position and end in text space (the page's transform left aside: it is the same for all). */
function glyphs(content: string, fonts: Map<string, PdfFont>): Glyph[] {
  const out: Glyph[] = [];
  let font: PdfFont | undefined;
  let size = 0;
  let [x, y, lineX, lineY] = [0, 0, 0, 0];
  const tokens = content.match(/\/[^\s/<>[\]()]+|<[0-9A-Fa-f\s]*>|\[|\]|-?\d*\.?\d+|[A-Za-z*'"]+/g) ?? [];
  const operands: string[] = [];
  const show = (hex: string) => {
    if (!font) return;
    const digits = hex.replace(/[<>\s]/g, '').toUpperCase();
    for (let i = 0; i < digits.length; i += font.digits) {
      const code = digits.slice(i, i + font.digits);
      const advance = font.width(parseInt(code, 16)) * size;
      out.push({ x, y, end: x + advance, size, text: font.text.get(code) ?? '\ufffd' });
      x += advance;
    }
  };
  for (const token of tokens) {
    if (token === 'Tf') {
      font = fonts.get(operands.at(-2)?.slice(1) ?? '');
      size = Number(operands.at(-1));
    } else if (token === 'Tm') {
      [lineX, lineY] = [Number(operands.at(-2)), Number(operands.at(-1))];
      [x, y] = [lineX, lineY];
    } else if (token === 'Td') {
      lineX += Number(operands.at(-2));
      lineY += Number(operands.at(-1));
      [x, y] = [lineX, lineY];
    } else if (token === 'Tj') {
      show(operands.at(-1) ?? '');
    } else if (token === 'TJ') {
      for (const part of operands.slice(operands.lastIndexOf('[') + 1)) {
        if (part.startsWith('<')) show(part);
        else if (part !== ']') x -= (Number(part) / 1000) * size;
      }
    } else if (/^[A-Za-z*'"]+$/.test(token)) {
      operands.length = 0;
      continue;
    } else {
      operands.push(token);
      continue;
    }
    operands.length = 0;
  }
  return out;
}

/** Glyphs on one baseline, left to right, make a line; a blank between two glyphs wider than a fifth of the font size (a cell border) becomes ` | `. */
function lines(all: Glyph[]): string[] {
  const rows = new Map<number, Glyph[]>();
  for (const g of all) {
    const key = Math.round(g.y);
    rows.set(key, [...(rows.get(key) ?? []), g]);
  }
  return [...rows.entries()].sort((a, b) => a[0] - b[0]).map(([, row]) => {
    row.sort((a, b) => a.x - b.x);
    let line = '';
    row.forEach((g, i) => {
      if (i > 0 && g.x - row[i - 1]!.end > g.size * 0.2) line += ' | ';
      line += g.text;
    });
    return line.replace(/ *\| */g, ' | ').trim();
  });
}

/** The pages of a PDF written by Chromium, in order. */
export function readPdf(pdf: Buffer): PdfPage[] {
  const objects = readObjects(pdf);
  const fontCache = new Map<number, PdfFont>();
  const fontOf = (id: number): PdfFont => {
    const cached = fontCache.get(id);
    if (cached) return cached;
    const dict = objects.get(id)?.dict ?? '';
    const cmap = ref(dict, 'ToUnicode');
    const text = toUnicode(cmap === undefined ? '' : objects.get(cmap)?.stream?.toString('latin1') ?? '');
    let font: PdfFont;
    if (dict.includes('/Type0')) {
      const descendant = /\/DescendantFonts \[(\d+) 0 R\]/.exec(dict)?.[1];
      font = { digits: 4, text, width: cidWidths(descendant === undefined ? '' : objects.get(Number(descendant))?.dict ?? '') };
    } else {
      // A simple font (Type3 or TrueType): one byte per code, `/Widths` from `/FirstChar`, scaled by `/FontMatrix` (Type3) or 1/1000.
      const first = Number(/\/FirstChar (\d+)/.exec(dict)?.[1] ?? 0);
      const widths = numbers(/\/Widths \[([^\]]*)\]/.exec(dict)?.[1] ?? '');
      const scale = numbers(/\/FontMatrix \[([^\]]*)\]/.exec(dict)?.[1] ?? '')[0] ?? 0.001;
      font = { digits: 2, text, width: (code) => Math.abs((widths[code - first] ?? 0) * scale) };
    }
    fontCache.set(id, font);
    return font;
  };
  const pageIds = (id: number): number[] => {
    const dict = objects.get(id)?.dict ?? '';
    if (/\/Type \/Page\b(?!s)/.test(dict)) return [id];
    const kids = /\/Kids \[([^\]]*)\]/.exec(dict)?.[1] ?? '';
    return [...kids.matchAll(/(\d+) 0 R/g)].flatMap((k) => pageIds(Number(k[1])));
  };
  const catalog = [...objects.values()].find((o) => /\/Type \/Catalog/.test(o.dict));
  const root = catalog ? ref(catalog.dict, 'Pages') : undefined;
  if (root === undefined) throw new Error('No page tree in the PDF.');
  return pageIds(root).map((id) => {
    const dict = objects.get(id)!.dict;
    const box = /\/MediaBox \[([^\]]*)\]/.exec(dict)?.[1]?.trim().split(/\s+/).map(Number) ?? [0, 0, 0, 0];
    const fontDict = /\/Font <<([^>]*)>>/.exec(dict)?.[1] ?? '';
    const fonts = new Map([...fontDict.matchAll(/\/(\S+) (\d+) 0 R/g)].map(([, name, fontId]) => [name!, fontOf(Number(fontId))]));
    const contentIds = /\/Contents \[([^\]]*)\]/.exec(dict)?.[1] ?? /\/Contents (\d+ 0 R)/.exec(dict)?.[1] ?? '';
    const content = [...contentIds.matchAll(/(\d+) 0 R/g)].map((c) => objects.get(Number(c[1]))?.stream?.toString('latin1') ?? '').join('\n');
    return { width: box[2]! - box[0]!, height: box[3]! - box[1]!, lines: lines(glyphs(content, fonts)) };
  });
}

/** How many pages a PDF has, from its page objects (`/Type /Page`, not the `/Pages` tree nodes). */
export function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length;
}
