import { createSignal } from 'solid-js';
import { planId, type PlanId } from '../domain/ids';

/**
 * Hash routes, so that a bookmark, a reload or a second tab opens the same screen: `#/`, `#/plans/<id>`, a plan's
 * monthly follow-up `#/plans/<id>/monitoring` (with `?month=YYYY-MM`), its monthly report
 * `#/plans/<id>/report/<YYYY-MM>`, `#/consolidation` and the user guide, `#/help` or `#/help/<section>`.
 */
export type Route = { page: 'list' } | { page: 'consolidation' } | { page: 'help'; section?: string } | { page: 'plan'; planId: PlanId; view?: PlanView; month?: string };

/** A plan's screens: its allocation (the grid of targets, the default), its monthly follow-up and the monthly report. */
export type PlanView = 'allocation' | 'monitoring' | 'report';

export function parseRoute(hash: string): Route {
  if (hash.startsWith('#/consolidation')) return { page: 'consolidation' };
  const help = /^#\/help(?:\/([\w-]+))?(?:[/?#]|$)/.exec(hash);
  if (help) return help[1] ? { page: 'help', section: help[1] } : { page: 'help' };
  const m = /^#\/plans\/([^/?#]+)(?:\/(monitoring|report)(?:\/(\d{4}-\d{2}))?)?(?:\?month=(\d{4}-\d{2}))?/.exec(hash);
  if (!m?.[1]) return { page: 'list' };
  try {
    const id = planId(decodeURIComponent(m[1]));
    const view = m[2] as PlanView | undefined;
    const month = m[3] ?? m[4];
    return { page: 'plan', planId: id, ...(view && { view }), ...(month && { month }) };
  } catch {
    return { page: 'list' }; // a damaged bookmark opens the plan list rather than a blank page
  }
}

export function routeHref(route: Route): string {
  switch (route.page) {
    case 'plan': {
      const base = `#/plans/${encodeURIComponent(route.planId)}`;
      if (route.view === 'report') return `${base}/report${route.month ? `/${route.month}` : ''}`;
      if (route.view === 'monitoring') return `${base}/monitoring${route.month ? `?month=${route.month}` : ''}`;
      return base;
    }
    case 'consolidation': return '#/consolidation';
    case 'help': return route.section ? `#/help/${route.section}` : '#/help';
    case 'list': return '#/';
  }
}

/** The same screen: routes are compared by their address, so that the hash change a navigation causes changes nothing more. */
const sameRoute = (a: Route, b: Route) => routeHref(a) === routeHref(b);
const [route, setRoute] = createSignal<Route>(parseRoute(location.hash), { equals: sameRoute });
/** The last screen that was not the guide: where the guide's "back" link returns. */
let beforeHelp: Route = route().page === 'help' ? { page: 'list' } : route();
const show = (next: Route) => {
  if (next.page !== 'help') beforeHelp = next;
  setRoute(next);
};
window.addEventListener('hashchange', () => show(parseRoute(location.hash)));

/**
 * A plain click on a link of the app's own (`#/…`) goes to its screen within the click, as `navigate` does, rather
 * than when the browser's hash change event comes (a task later, often after a frame still showing the old
 * screen). The address and the history entry are the link's own. Listened to on the window, after the page's own
 * handlers, so that a link whose click is handled otherwise (`preventDefault`) is left alone; a click with a
 * modifier (a new tab or window) is the browser's.
 */
window.addEventListener('click', (e) => {
  if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  const link = e.target instanceof Element ? e.target.closest('a[href^="#/"]') : null;
  if (!(link instanceof HTMLAnchorElement) || link.target) return;
  e.preventDefault();
  navigate(parseRoute(link.getAttribute('href') ?? '#/'));
});

export { route };
export const routeBeforeHelp = (): Route => beforeHelp;
/** Shows the screen at once, and gives the address its hash (a history entry, as a link does). */
export function navigate(next: Route): void {
  show(next);
  location.hash = routeHref(next);
}
