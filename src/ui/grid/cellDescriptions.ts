/**
 * What a screen reader says about a cell that breaks a rule: `aria-invalid` on the cell (errors), and its
 * message through `aria-describedby`, not only in a `title`. The messages live in one hidden container beside
 * the grid, one element per cell that has one, reused and emptied as cells are drawn again.
 */
export function makeCellDescriptions(container: HTMLElement) {
  const byKey = new Map<string, HTMLElement>();
  let next = 0;
  return {
    /** Marks a drawn cell (`key`: its row and column) with its message, or clears the marks when `message` is empty. */
    describe(cell: HTMLElement, key: string, message: string | undefined, invalid: boolean): void {
      if (!message) {
        cell.removeAttribute('aria-invalid');
        cell.removeAttribute('aria-describedby');
        byKey.get(key)?.remove();
        byKey.delete(key);
        return;
      }
      let element = byKey.get(key);
      if (!element) {
        element = document.createElement('span');
        element.id = `cell-message-${++next}`;
        container.append(element);
        byKey.set(key, element);
      }
      element.textContent = message;
      cell.setAttribute('aria-describedby', element.id);
      if (invalid) cell.setAttribute('aria-invalid', 'true');
      else cell.removeAttribute('aria-invalid');
    },
  };
}

export type CellDescriptions = ReturnType<typeof makeCellDescriptions>;
