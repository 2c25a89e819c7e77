import { onCleanup } from 'solid-js';

/**
 * F6 and Shift+F6 move the keyboard focus between the regions of a page (header, toolbar, grid, issue list),
 * as in office applications: inside the grid Tab moves cell by cell, as in Excel, so Tab alone would take a
 * keyboard user through every cell to leave it. A region is an element with `data-region`; the order is the
 * page's. `enter` says how to put the focus inside a region whose first focusable element is not the right
 * place (the grid: its focused cell).
 */
export function useRegionKeys(enter: Record<string, () => boolean> = {}): void {
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'F6' || e.ctrlKey || e.altKey || e.metaKey) return;
    const regions = [...document.querySelectorAll<HTMLElement>('[data-region]')].filter((r) => r.offsetParent !== null || r.getClientRects().length > 0);
    if (regions.length === 0 || document.querySelector('dialog[open]')) return;
    e.preventDefault();
    const current = regions.findIndex((r) => r.contains(document.activeElement));
    const step = e.shiftKey ? -1 : 1;
    for (let k = 1; k <= regions.length; k++) {
      const region = regions[(current + step * k + regions.length * 2) % regions.length]!;
      if (focusRegion(region, enter)) return;
    }
  };
  document.addEventListener('keydown', onKeyDown);
  onCleanup(() => document.removeEventListener('keydown', onKeyDown));
}

const FOCUSABLE = 'button:not([disabled]), [href], input:not([disabled]):not([type=hidden]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

function focusRegion(region: HTMLElement, enter: Record<string, () => boolean>): boolean {
  const custom = enter[region.dataset.region ?? ''];
  if (custom) return custom();
  const first = region.querySelector<HTMLElement>(FOCUSABLE);
  if (!first) return false;
  first.focus();
  return document.activeElement === first;
}
