import type { Locale } from '../../domain/rate';
import type { RuleId } from '../../domain/rules';
import type { BasicColumn } from '../../io/headerAliases';

/**
 * The user guide as data, one module per language (guideVi.ts, guideEn.ts), rendered by HelpPage.tsx.
 *
 * Text carries three marks, and nothing else is interpreted (it is always inserted as text):
 * - `**…**` a name the app shows, exactly as it shows it (a button, a column, a message: a value of the
 *   language's messages in i18n/, a test checks it);
 * - `` `…` `` an example of something typed or read: a value, a column header, a file name;
 * - `[[…]]` a key or a key combination: `[[Ctrl+Z]]`.
 */
export type Text = string;

/** Which column a header of a CSV file is read as: a column of the alias table, or an indicator's figure. */
export type HeaderKind = BasicColumn | 'baseline' | 'target';

/** How one rule shows on screen, what it means and how to fix it. */
export interface RuleHelp {
  /** Error, warning, or when each. */
  severity: Text;
  /** The message as the app writes it, with example figures: `Thấp hơn mức sàn 40% (thiếu 5)`. */
  shown: string;
  meaning: Text;
  fix: Text;
}

export type Block =
  | { kind: 'paragraph'; text: Text }
  /** An h3 inside a section. */
  | { kind: 'subheading'; text: string }
  /** Numbered steps. */
  | { kind: 'steps'; items: Text[] }
  | { kind: 'list'; items: Text[] }
  | { kind: 'table'; head: Text[]; rows: Text[][] }
  /** The CSV headers the import reads: each row's example headers are read as `reads` (a test checks it). */
  | { kind: 'headers'; head: [Text, Text, Text]; rows: { reads: HeaderKind; label: Text; headers: string[]; note: Text }[] }
  /** Every rule of `domain/rules.ts`: a `Record`, so a new rule cannot be left out. */
  | { kind: 'rules'; head: [Text, Text, Text, Text]; rules: Record<RuleId, RuleHelp> };

export interface GuideSection {
  /** The same in every language: the section's address is `#/help/<id>`, its element `help-<id>`. */
  id: string;
  title: string;
  blocks: Block[];
}

export interface Guide {
  locale: Locale;
  intro: Text;
  /** The heading of the table of contents. */
  contents: string;
  sections: GuideSection[];
}

/** One piece of a text: plain, or one of the three marks. */
export interface Mark {
  kind: 'text' | 'name' | 'example' | 'key';
  text: string;
}

const MARKS = /\*\*(.+?)\*\*|`([^`]+)`|\[\[(.+?)\]\]/g;

/** A text cut at its marks, in order: `Bấm **Tạo**.` → text `Bấm `, name `Tạo`, text `.`. */
export function parseMarks(text: Text): Mark[] {
  const marks: Mark[] = [];
  let last = 0;
  for (const m of text.matchAll(MARKS)) {
    if (m.index > last) marks.push({ kind: 'text', text: text.slice(last, m.index) });
    const [, name, example, key] = m;
    marks.push(name !== undefined ? { kind: 'name', text: name } : example !== undefined ? { kind: 'example', text: example } : { kind: 'key', text: key ?? '' });
    last = m.index + m[0].length;
  }
  if (last < text.length) marks.push({ kind: 'text', text: text.slice(last) });
  return marks;
}
