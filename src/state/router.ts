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

const [route, setRoute] = createSignal<Route>(parseRoute(location.hash));
/** The last screen that was not the guide: where the guide's "back" link returns. */
let beforeHelp: Route = route().page === 'help' ? { page: 'list' } : route();
/** The route of the address now, shown unless it is the one on screen. */
function follow(): void {
  const next = parseRoute(location.hash);
  if (routeHref(next) === routeHref(route())) return;
  if (next.page !== 'help') beforeHelp = next;
  setRoute(next);
}
window.addEventListener('hashchange', follow);

export { route };
export const routeBeforeHelp = (): Route => beforeHelp;
/**
 * Goes to `next`: the address changes, and the page with it in the same task. Waiting for `hashchange` let the
 * old page render meanwhile: on a first visit the plan list appeared for a moment before the demo plan, and told
 * the service worker the first screen was painted, so that its precache competed with the demo grid.
 */
export function navigate(next: Route): void {
  location.hash = routeHref(next);
  follow();
}
