import { createSignal } from 'solid-js';
import { planId, type PlanId } from '../domain/ids';

/** Hash routes, so that a bookmark, a reload or a second tab opens the same screen: `#/` and `#/plans/<id>`. */
export type Route = { page: 'list' } | { page: 'consolidation' } | { page: 'plan'; planId: PlanId };

export function parseRoute(hash: string): Route {
  if (hash.startsWith('#/consolidation')) return { page: 'consolidation' };
  const m = /^#\/plans\/([^/?#]+)/.exec(hash);
  if (!m?.[1]) return { page: 'list' };
  try {
    return { page: 'plan', planId: planId(decodeURIComponent(m[1])) };
  } catch {
    return { page: 'list' }; // a damaged bookmark opens the plan list rather than a blank page
  }
}

export const routeHref = (route: Route) =>
  (route.page === 'plan' ? `#/plans/${encodeURIComponent(route.planId)}` : route.page === 'consolidation' ? '#/consolidation' : '#/');

const [route, setRoute] = createSignal<Route>(parseRoute(location.hash));
window.addEventListener('hashchange', () => setRoute(parseRoute(location.hash)));

export { route };
export function navigate(next: Route): void {
  location.hash = routeHref(next);
}
