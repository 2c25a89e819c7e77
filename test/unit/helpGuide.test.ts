import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeDefaultIndicators } from '../../src/domain/indicators';
import { HEADER_ALIASES, interpretHeader } from '../../src/io/headerAliases';
import { parseMarks, type Block, type Guide, type HeaderKind } from '../../src/ui/help/guide';
import { guideEn } from '../../src/ui/help/guideEn';
import { guideVi } from '../../src/ui/help/guideVi';
import { en } from '../../src/ui/i18n/en';
import { filesEn } from '../../src/ui/i18n/filesEn';
import { filesVi } from '../../src/ui/i18n/filesVi';
import { historyEn } from '../../src/ui/i18n/historyEn';
import { historyVi } from '../../src/ui/i18n/historyVi';
import { proposeEn } from '../../src/ui/i18n/proposeEn';
import { proposeVi } from '../../src/ui/i18n/proposeVi';
import { provinceEn } from '../../src/ui/i18n/provinceEn';
import { provinceVi } from '../../src/ui/i18n/provinceVi';
import { resultsEn } from '../../src/ui/i18n/resultsEn';
import { resultsVi } from '../../src/ui/i18n/resultsVi';
import { vi } from '../../src/ui/i18n/vi';
import { monitoringEn } from '../../src/ui/monitoring/monitoringEn';
import { monitoringVi } from '../../src/ui/monitoring/monitoringVi';

/** The rule ids as `domain/rules.ts` declares them, read from its source: the guide must follow the code, not a copy of it. */
function declaredRuleIds(): string[] {
  const source = readFileSync(new URL('../../src/domain/rules.ts', import.meta.url), 'utf8');
  const start = source.indexOf('export type RuleId =');
  expect(start).toBeGreaterThanOrEqual(0);
  const union = source.slice(start).replace(/\/\/.*$/gm, '');
  const declaration = union.slice(0, union.indexOf(';'));
  return [...declaration.matchAll(/'(\w+)'/g)].map((m) => m[1]!);
}

/** A message with its `{placeholders}` standing for any text, as a whole-string pattern. */
/** A message as a pattern: a placeholder (`{n}`, or a count's word `{n|one|other}`) matches any text. */
const messagePattern = (message: string) =>
  new RegExp(`^${message.split(/\{\w+(?:\|[^}]*)?\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.+?')}$`);

const blocks = (guide: Guide): Block[] => guide.sections.flatMap((s) => s.blocks);

/** Every text of a guide that may carry marks. */
function texts(guide: Guide): string[] {
  const out = [guide.intro];
  for (const block of blocks(guide)) {
    if (block.kind === 'paragraph') out.push(block.text);
    else if (block.kind === 'steps' || block.kind === 'list') out.push(...block.items);
    else if (block.kind === 'table') out.push(...block.head, ...block.rows.flat());
    else if (block.kind === 'headers') out.push(...block.head, ...block.rows.flatMap((r) => [r.label, r.note]));
    else if (block.kind === 'rules') out.push(...block.head, ...Object.values(block.rules).flatMap((r) => [r.severity, r.meaning, r.fix]));
  }
  return out;
}

/**
 * A feature's own messages (loaded with its code: the follow-up's, the files', the proposal's…) name its buttons
 * too: under keys of their own, so none stands for another.
 */
const own = (feature: string, messages: Record<string, string>) => Object.fromEntries(Object.entries(messages).map(([k, v]) => [`${feature}.${k}`, v]));
const guides = [
  { name: 'Vietnamese', guide: guideVi, messages: { ...vi, ...own('monitoring', monitoringVi), ...own('files', filesVi), ...own('history', historyVi),
    ...own('propose', proposeVi), ...own('province', provinceVi), ...own('results', resultsVi) } as Record<string, string> },
  { name: 'English', guide: guideEn, messages: { ...en, ...own('monitoring', monitoringEn), ...own('files', filesEn), ...own('history', historyEn),
    ...own('propose', proposeEn), ...own('province', provinceEn), ...own('results', resultsEn) } as Record<string, string> },
];

describe('the user guide', () => {
  it('has the same sections, with the same ids, in both languages', () => {
    const ids = guideVi.sections.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(guideEn.sections.map((s) => s.id)).toEqual(ids);
    for (const id of ids) expect(id).toMatch(/^[\w-]+$/); // an address `#/help/<id>` the router reads
  });

  describe.each(guides)('in $name', ({ guide, messages }) => {
    it('explains every rule of domain/rules.ts, quoting the message the app shows', () => {
      const ruleBlocks = blocks(guide).filter((b) => b.kind === 'rules');
      expect(ruleBlocks).toHaveLength(1);
      const rules = ruleBlocks[0]!.rules as Record<string, { shown: string; meaning: string; fix: string; severity: string }>;
      const declared = declaredRuleIds();
      expect(declared.length).toBeGreaterThanOrEqual(9);
      expect(Object.keys(rules).sort()).toEqual([...declared].sort());
      for (const id of declared) {
        const help = rules[id]!;
        const message = messages[`rule_${id}`];
        expect(message, `rule_${id}`).toBeDefined();
        expect(help.shown).toMatch(messagePattern(message!));
        for (const text of [help.severity, help.meaning, help.fix]) expect(text.trim()).not.toBe('');
      }
    });

    it('names every kind of CSV column the import reads, and each example header is read as that column', () => {
      const headerBlocks = blocks(guide).filter((b) => b.kind === 'headers');
      expect(headerBlocks).toHaveLength(1);
      const rows = headerBlocks[0]!.rows;
      const kinds: HeaderKind[] = [...(Object.keys(HEADER_ALIASES) as HeaderKind[]), 'baseline', 'target'];
      expect(new Set(rows.map((r) => r.reads))).toEqual(new Set(kinds));
      const indicators = makeDefaultIndicators();
      for (const row of rows) {
        expect(row.headers.length).toBeGreaterThan(0);
        for (const header of row.headers) {
          const meaning = interpretHeader(header, indicators);
          const read = meaning.kind === 'rate' ? meaning.field : meaning.kind;
          expect(read, `«${header}»`).toBe(row.reads);
        }
      }
    });

    it('writes every name on screen exactly as the app shows it in this language', () => {
      // Messages that are mostly placeholders (`{field}: {message}`) would match anything: they name nothing.
      const patterns = Object.values(messages).filter((m) => m.replace(/\{\w+\}/g, '').replace(/[^\p{L}]/gu, '').length >= 2).map(messagePattern);
      const names = texts(guide).flatMap((text) => parseMarks(text).filter((m) => m.kind === 'name').map((m) => m.text));
      expect(names.length).toBeGreaterThan(50);
      const unknown = names.filter((name) => !patterns.some((p) => p.test(name)));
      expect(unknown).toEqual([]);
    });

    it('leaves no mark unclosed', () => {
      for (const text of texts(guide)) {
        for (const piece of parseMarks(text).filter((m) => m.kind === 'text')) {
          expect(piece.text, text).not.toMatch(/\*\*|`|\[\[|\]\]/);
        }
      }
    });
  });
});

describe('parseMarks', () => {
  it('cuts a text at its names, examples and keys', () => {
    expect(parseMarks('Bấm **Tạo**, gõ `85,5` rồi [[Enter]].')).toEqual([
      { kind: 'text', text: 'Bấm ' }, { kind: 'name', text: 'Tạo' }, { kind: 'text', text: ', gõ ' },
      { kind: 'example', text: '85,5' }, { kind: 'text', text: ' rồi ' }, { kind: 'key', text: 'Enter' }, { kind: 'text', text: '.' },
    ]);
    expect(parseMarks('no marks')).toEqual([{ kind: 'text', text: 'no marks' }]);
  });
});
