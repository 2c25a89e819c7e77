import { afterEach, describe, expect, it } from 'vitest';
import { navigate, route, routeBeforeHelp } from '../../src/state/router';

/** A link of the app's own, clicked as a user clicks it (left button, no modifier unless given). */
function click(href: string, init: MouseEventInit = {}, attrs: Record<string, string> = {}): MouseEvent {
  const a = document.createElement('a');
  a.href = href;
  a.setAttribute('href', href);
  for (const [k, v] of Object.entries(attrs)) a.setAttribute(k, v);
  a.textContent = 'link';
  document.body.append(a);
  const event = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0, ...init });
  a.dispatchEvent(event);
  a.remove();
  return event;
}

describe('the router on a real page', () => {
  afterEach(() => navigate({ page: 'list' }));

  it('shows the screen of a link within its click, and gives the address the link\'s hash', () => {
    const event = click('#/plans/p-1/monitoring?month=2023-11');
    // Synchronously, in the click's own task: not when the hash change event comes.
    expect(route()).toEqual({ page: 'plan', planId: 'p-1', view: 'monitoring', month: '2023-11' });
    expect(event.defaultPrevented).toBe(true);
    expect(location.hash).toBe('#/plans/p-1/monitoring?month=2023-11');
  });

  it('leaves a click with a modifier, or one the page handled, to the browser', () => {
    navigate({ page: 'consolidation' });
    expect(click('#/plans/p-2', { ctrlKey: true }).defaultPrevented).toBe(false);
    expect(route()).toEqual({ page: 'consolidation' });
    const handled = document.createElement('a');
    handled.setAttribute('href', '#/plans/p-3');
    handled.addEventListener('click', (e) => e.preventDefault());
    document.body.append(handled);
    handled.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 }));
    handled.remove();
    expect(route()).toEqual({ page: 'consolidation' });
  });

  it('keeps the screen the guide returns to, whichever way the screen changed', async () => {
    click('#/plans/p-4');
    click('#/help/import');
    expect(route()).toEqual({ page: 'help', section: 'import' });
    expect(routeBeforeHelp()).toEqual({ page: 'plan', planId: 'p-4' });
    // The browser's own hash change (Back, a typed address) still moves the screen.
    location.hash = '#/consolidation';
    await new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
    expect(route()).toEqual({ page: 'consolidation' });
  });
});
