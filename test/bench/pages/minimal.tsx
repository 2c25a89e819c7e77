/**
 * The stack's minimal first screen, the floor the app is compared with: Solid renders a page, Dexie reads
 * the rows (`toArray`), AG Grid shows them with the same modules and theme as the app, nothing else.
 * Its JavaScript is "the stack's minimal bundle"; its open, edit and heap figures are the floor.
 * `?demo` fills an empty database with a demo-sized table first, for the cold-load comparison.
 */
import { onMount } from 'solid-js';
import { render } from 'solid-js/web';
import { createGrid, type ColDef, type GridApi } from 'ag-grid-community';
import { gridTheme } from '../../../src/ui/grid/gridSetup';
import { FloorDatabase } from './floorDb';
import type { FloorRow } from './benchData';

declare global {
  interface Window {
    /** Changes one cell with `applyTransaction` and resolves when it is painted. */
    floorEdit?: (index: number, value: number) => Promise<{ frames: number; ms: number }>;
    /** Opens the table again in the loaded page (the grid destroyed first): `toArray` + `createGrid` → painted. */
    floorReopen?: () => Promise<{ frames: number; ms: number }>;
    floorReady?: boolean;
  }
}

const DEMO_SIZE = 13;

const columnsOf = (rows: FloorRow[]): ColDef<FloorRow>[] => Object.keys(rows[0] ?? { code: '' }).map((field) => ({ field, colId: field, editable: true }));
const DATA_ROW = '[role="row"][row-id]';

async function rowsToShow(db: FloorDatabase): Promise<FloorRow[]> {
  if (new URLSearchParams(location.search).has('demo') && (await db.rows.count()) === 0) {
    await db.rows.bulkPut(Array.from({ length: DEMO_SIZE }, (_, i) => ({ code: String(i + 1).padStart(5, '0'), name: `Xã ${i + 1}`, type: 'Xã', volume: 1000, b_a: 42.6, t_a: 60 })));
  }
  return db.rows.toArray();
}

function Page() {
  let host!: HTMLDivElement;
  onMount(() => void start());
  async function start() {
    const db = new FloorDatabase();
    const rows = await rowsToShow(db);
    const columnDefs = columnsOf(rows);
    const show = (data: FloorRow[]): GridApi<FloorRow> => createGrid<FloorRow>(host, {
      theme: gridTheme, columnDefs: columnsOf(data), rowData: data, getRowId: (p) => String(p.data.code),
    });
    let api = show(rows);
    window.floorReopen = async () => {
      api.destroy();
      await new Promise((resolve) => setTimeout(resolve, 50));
      const t0 = performance.now();
      api = show(await db.rows.toArray());
      return window.__bench.untilPainted(() => document.querySelector(DATA_ROW) !== null, t0);
    };
    window.floorEdit = async (index, value) => {
      const row = rows[index];
      const field = columnDefs[5]?.field;
      if (!row || !field) throw new Error(`no row ${index}`);
      const bench = window.__bench;
      const cell = () => document.querySelector(`[role="row"][row-id="${String(row.code)}"] [col-id="${field}"]`);
      const t0 = performance.now();
      rows[index] = { ...row, [field]: value };
      api.applyTransaction({ update: [rows[index]] });
      return bench.untilPainted(() => cell()?.textContent === String(value), t0);
    };
    window.floorReady = true;
  }
  return <div ref={host} style={{ height: '100%' }} />;
}

const root = document.getElementById('root');
if (root) render(() => <Page />, root);
