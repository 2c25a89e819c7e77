import { messagesOf } from './t';
import { resultsEn } from './resultsEn';
import { resultsVi } from './resultsVi';

/** The monthly statistics files' messages (`resultsVi.ts`, `resultsEn.ts`): they load with the code that says them, not with the first screen. */
export const tResults = messagesOf(resultsVi, resultsEn);
export type ResultsKey = keyof typeof resultsVi;
