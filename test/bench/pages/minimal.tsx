/**
 * The stack's minimal first screen, the floor the app is compared with: Solid renders a page, Dexie reads
 * the rows (`toArray`), AG Grid shows them with the same modules and theme as the app, nothing else.
 * Its JavaScript is "the stack's minimal bundle"; its open, edit, scroll and heap figures are the floor.
 * Every column is a plain editable column (floorGrid.ts): the runner types an edit into it with the same keys as
 * into the app (the value, then Enter).
 * `?demo` fills an empty database with a table of the demo plan's shape first (floorDemo.ts), for the first visit.
 */
import { onMount } from 'solid-js';
import { render } from 'solid-js/web';
import type { GridApi } from 'ag-grid-community';
import { FloorDatabase } from './floorDb';
import type { FloorRow } from './benchData';
import { DATA_ROW, showFloorGrid } from './floorGrid';
import { floorDemoRows } from './floorDemo';

declare global {
  interface Window {
    /** Opens the table again in the loaded page (the grid destroyed first): `toArray` + `createGrid` → painted. */
    floorReopen?: () => Promise<{ frames: number; ms: number }>;
    floorReady?: boolean;
  }
}

async function rowsToShow(db: FloorDatabase): Promise<FloorRow[]> {
  if (new URLSearchParams(location.search).has('demo') && (await db.rows.count()) === 0) {
    await db.rows.bulkPut(floorDemoRows());
  }
  return db.rows.toArray();
}

function Page() {
  let host!: HTMLDivElement;
  onMount(() => void start());
  async function start() {
    const db = new FloorDatabase();
    const rows = await rowsToShow(db);
    let api: GridApi<FloorRow> = showFloorGrid(host, rows);
    window.floorReopen = async () => {
      api.destroy();
      await new Promise((resolve) => setTimeout(resolve, 50));
      const t0 = performance.now();
      api = showFloorGrid(host, await db.rows.toArray());
      return window.__bench.untilPainted(() => document.querySelector(DATA_ROW) !== null, t0);
    };
    window.floorReady = true;
  }
  return <div ref={host} style={{ height: '100%' }} />;
}

const root = document.getElementById('root');
if (root) render(() => <Page />, root);
