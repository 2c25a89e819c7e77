import { messagesOf } from './t';
import { filesEn } from './filesEn';
import { filesVi } from './filesVi';

/** The messages of files coming in and going out (`filesVi.ts`, `filesEn.ts`): they load with the code that says them, not with the first screen. */
export const tFiles = messagesOf(filesVi, filesEn);
export type FilesKey = keyof typeof filesVi;
