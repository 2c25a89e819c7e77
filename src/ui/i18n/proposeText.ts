import { messagesOf } from './t';
import { proposeEn } from './proposeEn';
import { proposeVi } from './proposeVi';

/** The proposal panel's messages (`proposeVi.ts`, `proposeEn.ts`): they load with the code that says them, not with the first screen. */
export const tPropose = messagesOf(proposeVi, proposeEn);
export type ProposeKey = keyof typeof proposeVi;
