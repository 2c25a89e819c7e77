// @ts-check
/**
 * Just enough of source maps (version 3) for the benchmark's profile: which source file a position of a
 * built chunk came from. The bench builds the app with hidden source maps (`build.sourcemap: 'hidden'`:
 * the same code, no comment pointing at the map) and reads them here.
 */

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((c, i) => [c, i]));

/** The segments of one line of `mappings`, each [column, source index] (the fields the profile needs). */
function decodeLine(/** @type {string} */ line, /** @type {{ column: number, source: number }} */ state) {
  /** @type {[number, number][]} */
  const segments = [];
  for (const segment of line.split(',')) {
    if (segment === '') continue;
    /** @type {number[]} */
    const fields = [];
    let value = 0, shift = 0;
    for (const c of segment) {
      const digit = DIGIT.get(c);
      if (digit === undefined) throw new Error(`bad source map character ${c}`);
      value += (digit & 31) << shift;
      if (digit & 32) shift += 5;
      else {
        fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
        value = 0;
        shift = 0;
      }
    }
    state.column += fields[0] ?? 0;
    if (fields.length > 1) state.source += fields[1] ?? 0;
    segments.push([state.column, fields.length > 1 ? state.source : -1]);
  }
  return segments;
}

/**
 * A lookup from a (0-based) line and column of the built file to the source file it came from
 * (`sources[i]` as the map names it), or undefined where the map says nothing.
 * @param {{ sources: string[], mappings: string }} map
 */
export function sourceLookup(map) {
  const state = { column: 0, source: 0 };
  const lines = map.mappings.split(';').map((line) => {
    state.column = 0; // columns restart on each line; the source index carries on
    return decodeLine(line, state);
  });
  return (/** @type {number} */ line, /** @type {number} */ column) => {
    const segments = lines[line];
    if (!segments || segments.length === 0) return undefined;
    // The last segment starting at or before the column.
    let lo = 0, hi = segments.length - 1, found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (/** @type {[number, number]} */ (segments[mid])[0] <= column) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const source = found < 0 ? -1 : /** @type {[number, number]} */ (segments[found])[1];
    return source < 0 ? undefined : map.sources[source];
  };
}
