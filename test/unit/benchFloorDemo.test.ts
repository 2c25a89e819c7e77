import { describe, expect, it } from 'vitest';
import { FLOOR_FIELDS, floorRows } from '../bench/pages/benchData';
import { DEMO_SIZE, floorDemoRows } from '../bench/pages/floorDemo';
import { floorColumnWidth } from '../bench/pages/floorGrid';
import { makeDemoPlan } from '../../src/domain/demoPlan';
import { memberLevel } from '../../src/domain/memberLevel';
import { ValidationIndex } from '../../src/domain/validationIndex';
import { makeColumnDefs } from '../../src/ui/grid/columns';

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

describe("the floor's bare grid", () => {
  it('has the app’s column widths, so that it draws the same columns in view as the app’s grid', () => {
    const demo = makeDemoPlan('2026-01-01T00:00:00.000Z');
    const defs = makeColumnDefs({
      locale: 'vi', period: demo.period, indicators: demo.indicators, validation: new ValidationIndex(demo),
      unitCount: () => demo.units.length, allocatingUnit: () => demo.allocatingUnit, level: memberLevel(demo.units), onEdit: () => {},
    });
    const appWidths = new Map(defs.flatMap((d) => ('children' in d ? d.children : [d]))
      .map((c) => ['colId' in c ? String(c.colId) : '', 'width' in c ? c.width : undefined]));
    // The floor's fields name the app's columns: b_<indicator> is baseline.<indicator>, t_<indicator> target.<indicator>.
    const appColumn = (field: string) => field.replace(/^b_/, 'baseline.').replace(/^t_/, 'target.');
    for (const field of FLOOR_FIELDS) expect([field, floorColumnWidth(field)]).toEqual([field, appWidths.get(appColumn(field))]);
  });
});
