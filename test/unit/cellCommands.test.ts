import { describe, expect, it } from 'vitest';
import { cellEditToCommand } from '../../src/state/cellCommands';
import { code } from '../support/builders';

describe('cellEditToCommand', () => {
  const unit = code('21952');
  it('turns typed text into the command of the column', () => {
    expect(cellEditToCommand('target.online_dossiers', unit, '85,5 %')).toEqual({ ok: true, command: { type: 'setRate', unitCode: unit, indicatorId: 'online_dossiers', field: 'target', value: 8550 } });
    expect(cellEditToCommand('baseline.e_results', unit, '34.28')).toMatchObject({ ok: true, command: { field: 'baseline', value: 3428 } });
    expect(cellEditToCommand('volume', unit, '1.234')).toEqual({ ok: true, command: { type: 'setVolume', unitCode: unit, volume: 1234 } });
    expect(cellEditToCommand('name', unit, 'Xã Mới')).toEqual({ ok: true, command: { type: 'renameUnit', unitCode: unit, name: 'Xã Mới' } });
  });
  it('clears a value for empty text or a deleted cell', () => {
    expect(cellEditToCommand('target.online_dossiers', unit, '')).toMatchObject({ ok: true, command: { value: null } });
    expect(cellEditToCommand('volume', unit, null)).toMatchObject({ ok: true, command: { volume: null } });
  });
  it('refuses text that is not a number; it never becomes 0', () => {
    expect(cellEditToCommand('target.online_dossiers', unit, 'abc')).toEqual({ ok: false, problem: 'notANumber' });
    expect(cellEditToCommand('volume', unit, '12,5')).toEqual({ ok: false, problem: 'notAnInteger' });
    expect(cellEditToCommand('code', unit, 'x')).toEqual({ ok: false, problem: 'notEditable' });
  });
});

import { parseClipboardTable, pasteToCommand } from '../../src/state/pasteCommands';

describe('pasting a block', () => {
  it('reads what spreadsheets put on the clipboard', () => {
    expect(parseClipboardTable('85,5\t90\r\n70\t60\r\n')).toEqual([['85,5', '90'], ['70', '60']]);
    expect(parseClipboardTable('"a\tb"\t"say ""x"""\n')).toEqual([['a\tb', 'say "x"']]);
    expect(parseClipboardTable('55')).toEqual([['55']]);
    expect(parseClipboardTable('1\t\n')).toEqual([['1', '']]);
  });

  it('makes one command of a valid block, and nothing of a block with one bad cell', () => {
    const cell = (colId: string, text: string, row = 1, column = 1) => ({ unitCode: code('21952'), colId, text, row, column });
    const ok = pasteToCommand([cell('target.online_dossiers', '85,5'), cell('volume', '1.200', 1, 2)]);
    expect(ok).toEqual({ ok: true, command: { type: 'patchUnits', entries: [{ code: code('21952'), baseline: {}, target: { online_dossiers: 8550 }, volume: 1200 }] } });
    const bad = pasteToCommand([cell('target.online_dossiers', '85,5'), cell('target.online_payment', 'n/a', 2, 1), cell('code', 'x', 2, 2)]);
    expect(bad).toEqual({ ok: false, problems: [
      { cell: expect.objectContaining({ text: 'n/a', row: 2 }), problem: 'notANumber' },
      { cell: expect.objectContaining({ colId: 'code' }), problem: 'notEditable' },
    ] });
  });
});
