import { messagesOf } from './t';
import { historyEn } from './historyEn';
import { historyVi } from './historyVi';

/** The history's and the versions' messages (`historyVi.ts`, `historyEn.ts`): they load with the code that says them, not with the first screen. */
export const tHistory = messagesOf(historyVi, historyEn);
