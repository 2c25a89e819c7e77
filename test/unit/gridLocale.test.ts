import { AG_GRID_LOCALE_VN } from '@ag-grid-community/locale';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GRID_LOCALE_VI } from '../../src/ui/grid/gridLocaleVi';

/** The code of the AG Grid the app is built with. */
function gridSource(): string {
  const require = createRequire(import.meta.url);
  // The package's entry (CommonJS) and its ES module beside it hold the same code.
  return readFileSync(join(dirname(require.resolve('ag-grid-community')), 'main.esm.mjs'), 'utf8');
}

describe("the grid's Vietnamese texts", () => {
  const source = gridSource();
  const named = Object.keys(AG_GRID_LOCALE_VN).filter((key) => source.includes(`"${key}"`));

  it('hold every text the grid names, as the AG Grid locale words it (after an upgrade, copy the missing ones)', () => {
    const missing = named.filter((key) => GRID_LOCALE_VI[key] !== AG_GRID_LOCALE_VN[key as keyof typeof AG_GRID_LOCALE_VN]);
    expect(missing).toEqual([]);
    // Sanity: the grid's texts are found this way at all (its empty-grid text, a sortable header's label).
    expect(named).toEqual(expect.arrayContaining(['noRowsToShow', 'ariaSortableColumn', 'loadingOoo']));
  });

  it('hold nothing the grid never names, so the first screen carries no more than it shows', () => {
    expect(Object.keys(GRID_LOCALE_VI).filter((key) => !named.includes(key))).toEqual([]);
  });
});
