import { describe, expect, test } from 'vitest';
import type { ColDef, ColGroupDef } from 'ag-grid-community';
import { headerHeightsFor, headerKey } from '../../src/ui/grid/headerHeights';

type Def = ColDef | ColGroupDef;
const columns = (name: string, width: number): Def[] => [
  { colId: 'code', headerName: 'Mã', width: 64 },
  { groupId: 'a', headerName: name, children: [{ colId: 'b', headerName: 'KQ 2023-H1', width }, { colId: 't', headerName: 'Chỉ tiêu 2023-H2', width: 104 }] },
];

describe('header heights known before the grid is created', () => {
  test('a longer indicator name, or a narrower column, gets a taller row; never below one line', () => {
    const short = headerHeightsFor(columns('Thanh toán', 80));
    const long = headerHeightsFor(columns('Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính của các đơn vị trực thuộc', 80));
    expect(long.group).toBeGreaterThan(short.group);
    expect(headerHeightsFor(columns('Thanh toán', 40)).header).toBeGreaterThan(short.header);
    expect(short.group).toBeGreaterThanOrEqual(36);
  });

  test('the same headers at the same widths share a key; another width or text does not', () => {
    expect(headerKey(columns('Thanh toán', 80))).toBe(headerKey(columns('Thanh toán', 80)));
    expect(headerKey(columns('Thanh toán', 80))).not.toBe(headerKey(columns('Thanh toán', 90)));
    expect(headerKey(columns('Thanh toán', 80))).not.toBe(headerKey(columns('Hồ sơ', 80)));
  });
});
