import { createContext, useContext } from 'solid-js';
import type { Command } from '../../domain/commands';
import type { UnitCode } from '../../domain/ids';
import type { ChangeSource } from '../../domain/journal';
import type { DispatchResult, PlanSession } from '../../state/planSession';

/** What the parts of a plan's page share: the open session, the page's one way to dispatch, and how it names things. */
export interface PlanPageContext {
  session: PlanSession;
  /** Dispatches through the session and says a refusal on the page. */
  dispatch: (command: Command, source?: ChangeSource) => DispatchResult;
  unitName: (code: UnitCode) => string;
  columnLabel: (colId: string) => string;
  setMessage: (message: string) => void;
}

const Context = createContext<PlanPageContext>();
export const PlanPageProvider = Context.Provider;

export function usePlanPage(): PlanPageContext {
  const context = useContext(Context);
  if (!context) throw new Error('usePlanPage outside a plan page');
  return context;
}
