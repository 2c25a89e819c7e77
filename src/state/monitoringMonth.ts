import { createSignal } from 'solid-js';

/**
 * The month the monitoring view shows (`YYYY-MM`), or null when another view is on screen: a monthly statistics
 * file without a month column goes into this month, and its preview says which month that is.
 */
const [monthOnScreen, setMonthOnScreen] = createSignal<string | null>(null);
export { monthOnScreen, setMonthOnScreen };
