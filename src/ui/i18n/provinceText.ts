import { messagesOf } from './t';
import { provinceEn } from './provinceEn';
import { provinceVi } from './provinceVi';

/** The province's consolidated view's messages (`provinceVi.ts`, `provinceEn.ts`): they load with the code that says them, not with the first screen. */
export const tProvince = messagesOf(provinceVi, provinceEn);
