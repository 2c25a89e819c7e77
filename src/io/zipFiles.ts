import { strToU8, zipSync, type Zippable } from 'fflate';

/** A text file to be written: its name and its content, stored as UTF-8. */
export interface NamedText {
  name: string;
  text: string;
}

/**
 * Several text files in one zip, so that a browser saves them as one download (Chromium drops downloads
 * beyond about ten in a burst, without a word). Each entry has the file's name and its UTF-8 bytes, exactly
 * as the file on its own would have; a name that is already taken gets ` (2)`, ` (3)`… before its extension,
 * as a browser names a second download of the same name, so no file overwrites another.
 * `modifiedAt` is the entries' date in the zip (now, if not given).
 */
export function zipFiles(files: readonly NamedText[], modifiedAt?: Date): Uint8Array<ArrayBuffer> {
  // No prototype: a file name is only ever a key here.
  const entries = Object.create(null) as Zippable;
  for (const file of files) entries[uniqueName(file.name, entries)] = strToU8(file.text);
  return zipSync(entries, { level: 6, mtime: modifiedAt ?? new Date() });
}

function uniqueName(name: string, taken: Zippable): string {
  if (!(name in taken)) return name;
  const dot = name.lastIndexOf('.');
  const [stem, extension] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  let n = 2;
  while (`${stem} (${n})${extension}` in taken) n++;
  return `${stem} (${n})${extension}`;
}
