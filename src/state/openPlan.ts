import { createSignal } from 'solid-js';
import type { PlanSession } from './planSession';

/** The plan open on screen, if any: where a CSV dropped on the window goes. */
export const [openSession, setOpenSession] = createSignal<PlanSession | undefined>();
