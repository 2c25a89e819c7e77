import { describe, expect, it } from 'vitest';
import { pasteToCommand } from '../../src/state/pasteCommands';
import { columnKind, defaultAnswer, placeBlock, placePaste } from '../../src/state/pasteGuard';
import { code } from '../support/builders';

/** The grid's displayed columns with the five default indicators, result and target alternating. */
const INDICATORS = ['online_dossiers', 'online_payment', 'digitisation', 'e_results', 'population_db'];
const GRID = ['code', 'name', 'type', 'volume', ...INDICATORS.flatMap((id) => [`baseline.${id}`, `target.${id}`])];
const from = (colId: string) => GRID.slice(GRID.indexOf(colId));
const row = (columns: number) => [Array.from({ length: columns }, (_, k) => String(60 + k))];

describe('placePaste: where a pasted block goes, and when the user is asked first', () => {
  it.each([
    { story: 'one target column, many rows', at: 'target.online_dossiers', block: [['55'], ['45,5'], ['57']], ask: false,
      asLaidOut: ['target.online_dossiers'], targetsOnly: ['target.online_dossiers'] },
    { story: 'the last target column', at: 'target.population_db', block: row(1), ask: false,
      asLaidOut: ['target.population_db'], targetsOnly: ['target.population_db'] },
    { story: 'four targets from Excel at a target column: it would spill into results', at: 'target.online_dossiers', block: row(4), ask: true,
      asLaidOut: ['target.online_dossiers', 'baseline.online_payment', 'target.online_payment', 'baseline.digitisation'],
      targetsOnly: ['target.online_dossiers', 'target.online_payment', 'target.digitisation', 'target.e_results'] },
    { story: 'a column of H1 results at a result column: the user is entering results', at: 'baseline.digitisation', block: [['44,1'], ['38']], ask: false,
      asLaidOut: ['baseline.digitisation'], targetsOnly: ['target.digitisation'] },
    { story: 'a result and a target pasted at a result column (the exported appendix\'s layout)', at: 'baseline.online_payment', block: row(2), ask: true,
      asLaidOut: ['baseline.online_payment', 'target.online_payment'], targetsOnly: ['target.online_payment', 'target.digitisation'] },
    { story: 'a block starting at the volume column mixes volume and rates', at: 'volume', block: row(3), ask: true,
      asLaidOut: ['volume', 'baseline.online_dossiers', 'target.online_dossiers'],
      targetsOnly: ['target.online_dossiers', 'target.online_payment', 'target.digitisation'] },
    { story: 'a single volume column', at: 'volume', block: [['1.200'], ['950']], ask: false,
      asLaidOut: ['volume'], targetsOnly: ['target.online_dossiers'] },
    { story: 'unit details (name, type, volume) are one kind', at: 'name', block: [['Xã A', 'Xã', '1200']], ask: false,
      asLaidOut: ['name', 'type', 'volume'], targetsOnly: ['target.online_dossiers', 'target.online_payment', 'target.digitisation'] },
    { story: 'a ragged block is as wide as its longest row', at: 'target.online_dossiers', block: [['60'], ['61', '62']], ask: true,
      asLaidOut: ['target.online_dossiers', 'baseline.online_payment'], targetsOnly: ['target.online_dossiers', 'target.online_payment'] },
  ])('$story', ({ at, block, ask, asLaidOut, targetsOnly }) => {
    expect(placePaste(block, from(at))).toMatchObject({ ask, asLaidOut, targetsOnly });
  });

  it('refuses "targets only" when fewer target columns remain than the block has columns', () => {
    // Three columns at the fourth indicator's target: they fit as laid out, but only two target columns remain.
    expect(placePaste(row(3), from('target.e_results'))).toEqual({
      ask: true, asLaidOut: ['target.e_results', 'baseline.population_db', 'target.population_db'], targetsOnly: null, targetsAvailable: 2,
    });
  });

  it('does not ask about a block that does not fit even as laid out (it is refused)', () => {
    expect(placePaste(row(3), from('baseline.population_db'))).toEqual({ ask: false, asLaidOut: null, targetsOnly: null, targetsAvailable: 1 });
  });

  it('tells the kinds of columns apart by their ids', () => {
    expect(GRID.map(columnKind)).toEqual(['details', 'details', 'details', 'details', ...INDICATORS.flatMap(() => ['result', 'target'])]);
  });
});

describe('defaultAnswer: what Enter takes in the paste question', () => {
  it('targets only when the block covers a target and they fit; as laid out when it covers no target; else cancel', () => {
    const targets = ['target.a', 'target.b'];
    expect(defaultAnswer(['target.a', 'baseline.b'], targets)).toBe('targetsOnly');
    expect(defaultAnswer(['baseline.a', 'target.a'], targets)).toBe('targetsOnly');
    expect(defaultAnswer(['volume', 'baseline.a'], targets)).toBe('asLaidOut');
    expect(defaultAnswer(['name', 'type', 'volume', 'baseline.a'], null)).toBe('asLaidOut');
    expect(defaultAnswer(['target.e', 'baseline.f', 'target.f'], null)).toBe('cancel');
  });
});

describe('placeBlock: the cells of a placed block', () => {
  const [a, b] = [code('21952'), code('21955')];

  it('puts block column k into the k-th chosen column, keeping each cell\'s place in the block for messages', () => {
    const targets = ['target.online_dossiers', 'target.online_payment'];
    expect(placeBlock([['61', '62'], ['71', '72']], [a, b], targets)).toEqual([
      { unitCode: a, colId: 'target.online_dossiers', text: '61', row: 1, column: 1 },
      { unitCode: a, colId: 'target.online_payment', text: '62', row: 1, column: 2 },
      { unitCode: b, colId: 'target.online_dossiers', text: '71', row: 2, column: 1 },
      { unitCode: b, colId: 'target.online_payment', text: '72', row: 2, column: 2 },
    ]);
  });

  it('makes one command of "targets only": no result is touched', () => {
    const placement = placePaste(row(4), from('target.online_dossiers'));
    const result = pasteToCommand(placeBlock(row(4), [a], placement.targetsOnly!));
    expect(result).toMatchObject({ ok: true, command: { type: 'patchUnits' } });
    const entries = result.ok && result.command.type === 'patchUnits' ? result.command.entries : [];
    expect(entries).toEqual([{ code: a, baseline: {}, target: { online_dossiers: 6000, online_payment: 6100, digitisation: 6200, e_results: 6300 } }]);
  });
});
