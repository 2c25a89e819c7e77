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
