/**
 * What a screen reader says about a cell that breaks a rule or is locked: `aria-invalid` on the cell (errors),
 * and its message through `aria-describedby`, not only in a `title`. The grid draws each cell's classes and title (its
 * browser tooltip) itself; an observer follows those as they change and keeps the cell's ARIA attributes and
 * its message, in one hidden container beside the grid, in step. Nothing is added to the cells' drawing.
 */
export function describeRuleCells(grid: HTMLElement, container: HTMLElement): () => void {
  const messages = new WeakMap<HTMLElement, HTMLElement>();
  let next = 0;
  const sync = (cell: HTMLElement) => {
    const error = cell.classList.contains('cell-error');
    // A locked cell is described too: its title says it is locked (with its rule messages, if any).
    const flagged = error || cell.classList.contains('cell-warning') || cell.classList.contains('cell-locked');
    const title = flagged ? cell.getAttribute('title') ?? '' : '';
    let message = messages.get(cell);
    if (!title) {
      if (!message) return;
      cell.removeAttribute('aria-invalid');
      cell.removeAttribute('aria-describedby');
      message.remove();
      messages.delete(cell);
      return;
    }
    if (!message) {
      message = document.createElement('span');
      message.id = `cell-message-${++next}`;
      messages.set(cell, message);
    }
    if (!message.isConnected) container.append(message);
    if (message.textContent !== title) message.textContent = title;
    if (cell.getAttribute('aria-describedby') !== message.id) cell.setAttribute('aria-describedby', message.id);
    if (error) cell.setAttribute('aria-invalid', 'true');
    else cell.removeAttribute('aria-invalid');
  };
  // A redraw of many cells (an import, a fill) comes as several records per cell (its class, its title): each cell
  // is synced once per batch, after the cells that left the grid have let go of their messages.
  const observer = new MutationObserver((records) => {
    const touched = new Set<HTMLElement>();
    for (const record of records) {
      const target = record.target as HTMLElement;
      if (record.type === 'attributes' && target.getAttribute('role') === 'gridcell') touched.add(target);
      for (const node of record.removedNodes) {
        if (node instanceof HTMLElement) for (const cell of cellsIn(node)) { messages.get(cell)?.remove(); messages.delete(cell); }
      }
      for (const node of record.addedNodes) if (node instanceof HTMLElement) for (const cell of cellsIn(node)) touched.add(cell);
    }
    for (const cell of touched) if (cell.isConnected) sync(cell);
  });
  observer.observe(grid, { subtree: true, childList: true, attributes: true, attributeFilter: ['class', 'title'] });
  return () => observer.disconnect();
}

function cellsIn(node: HTMLElement): HTMLElement[] {
  const cells = [...node.querySelectorAll<HTMLElement>('[role="gridcell"]')];
  return node.getAttribute('role') === 'gridcell' ? [node, ...cells] : cells;
}
