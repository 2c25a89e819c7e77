import { describe, expect, it } from 'vitest';
import { FLOOR_FIELDS, floorRows } from '../bench/pages/benchData';
import { DEMO_SIZE, floorDemoRows } from '../bench/pages/floorDemo';
import { makeDemoPlan } from '../../src/domain/demoPlan';

describe("the floor's first-visit table", () => {
  it('has the demo plan’s shape: as many rows, and the fields the app’s demo grid shows', () => {
    const demo = makeDemoPlan('2026-01-01T00:00:00.000Z');
    const rows = floorDemoRows();
    expect(rows).toHaveLength(demo.units.length);
    expect(DEMO_SIZE).toBe(demo.units.length);
    for (const row of rows) expect(Object.keys(row)).toEqual(FLOOR_FIELDS);
    expect(Object.keys(floorRows(demo)[0] ?? {})).toEqual(FLOOR_FIELDS);
  });

  it('has distinct codes and a number in every indicator field', () => {
    const rows = floorDemoRows();
    expect(new Set(rows.map((r) => r.code)).size).toBe(rows.length);
    for (const row of rows) for (const field of FLOOR_FIELDS.slice(4)) expect(typeof row[field]).toBe('number');
  });
});
