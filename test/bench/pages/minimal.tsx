/**
 * The stack's minimal first screen, the floor the app is compared with: Solid renders a page, Dexie reads
 * the rows (`toArray`), AG Grid shows them with the same modules and theme as the app, nothing else.
 * Its JavaScript is "the stack's minimal bundle"; its open, edit, scroll and heap figures are the floor.
 * Every column is a plain editable column (the grid's own text editor, writing into the row): the runner
 * types an edit into it with the same keys as into the app (the value, then Enter), and Enter moves down as
 * it does in the app.
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
    /** Opens the table again in the loaded page (the grid destroyed first): `toArray` + `createGrid` → painted. */
    floorReopen?: () => Promise<{ frames: number; ms: number }>;
    floorReady?: boolean;
  }
}

const DEMO_SIZE = 13;

// Plain columns: no data type inferred from the rows, so every cell edits with the grid's text editor, as the app's do.
const columnsOf = (rows: FloorRow[]): ColDef<FloorRow>[] => Object.keys(rows[0] ?? { code: '' }).map((field) => ({ field, colId: field, editable: true, cellDataType: false }));
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
    const show = (data: FloorRow[]): GridApi<FloorRow> => createGrid<FloorRow>(host, {
      theme: gridTheme, columnDefs: columnsOf(data), rowData: data, getRowId: (p) => String(p.data.code),
      enterNavigatesVerticallyAfterEdit: true,
    });
    let api = show(rows);
    window.floorReopen = async () => {
      api.destroy();
      await new Promise((resolve) => setTimeout(resolve, 50));
      const t0 = performance.now();
      api = show(await db.rows.toArray());
      return window.__bench.untilPainted(() => document.querySelector(DATA_ROW) !== null, t0);
    };
    window.floorReady = true;
  }
  return <div ref={host} style={{ height: '100%' }} />;
}

const root = document.getElementById('root');
if (root) render(() => <Page />, root);
