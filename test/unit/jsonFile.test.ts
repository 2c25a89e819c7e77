import { describe, expect, it } from 'vitest';
import { makeAssignment } from '../../src/domain/assignment';
import { serializeAssignmentFile } from '../../src/io/assignmentFile';
import { serializeBackupFile } from '../../src/io/backupFile';
import { readJsonFile } from '../../src/io/jsonFile';
import { serializePlanFile } from '../../src/io/serializePlanFile';
import { makeTestPlan } from '../support/builders';

const context = { appVersion: '0.1.0', exportedAt: '2023-12-01T08:00:00.000Z' };
const bytes = (text: string) => new TextEncoder().encode(text);
/** The same document with its fields in reverse order, as an editor might save it. */
const reordered = (text: string) => JSON.stringify(Object.fromEntries(Object.entries(JSON.parse(text) as object).reverse()), null, 2);

describe('reading a JSON file the app understands', () => {
  const plan = makeTestPlan({ units: 4 });
  const files = {
    planFile: serializePlanFile(plan, context),
    assignment: serializeAssignmentFile(makeAssignment(plan), context),
    backup: serializeBackupFile([plan], context),
  };

  it.each(Object.entries(files))('recognises a %s by its format, written first or anywhere', (kind, text) => {
    for (const layout of [text, reordered(text), `\uFEFF${text}`]) {
      const reading = readJsonFile(bytes(layout), 'f.json');
      expect(reading.kind).toBe(kind);
      expect(reading.restored.ok).toBe(true);
    }
  });

  it('reads a damaged file as what its start says it is, and what is no known format as a plan file, which says why it is not one', () => {
    const damaged = readJsonFile(bytes('{"format": "dvctt-backup", "plans": [{'), 'broken.json');
    expect(damaged.kind).toBe('backup');
    expect(damaged.restored.ok).toBe(false);
    expect(readJsonFile(bytes('{"plans": [{'), 'broken.json')).toMatchObject({ kind: 'planFile', restored: { ok: false } });
    const other = readJsonFile(bytes('{"format": "something \\"else\\"", "x": 1}'), 'other.json');
    expect(other).toMatchObject({ kind: 'planFile', restored: { ok: false } });
    expect(readJsonFile(new Uint8Array(0), 'empty.json')).toEqual({ kind: 'planFile', restored: { ok: false, problems: [{ code: 'empty', file: 'empty.json' }] } });
  });
});
