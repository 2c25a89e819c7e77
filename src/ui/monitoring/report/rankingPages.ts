/**
 * The ranking is paginated by the report itself: it starts on a page of its own and is cut into parts of one
 * printed page each (A4 landscape), every part a table with its own header. The browser then prints one part per
 * page and never has to find where to break a table of thousands of rows, and the page count is known here.
 *
 * Rows per page, from the printed sizes (reportCss.ts): 188 mm of page height; a header of two rows (indicator
 * names on up to three lines) about 18 mm; a row of figures about 4.6 mm (a row with a small chart under each
 * rate about 7 mm). The counts below leave some 10 % of the page free, so a long name on two lines or a font a
 * little larger than Times New Roman still fits; the first page also holds the section's heading and notes.
 */
export const RANKING_ROWS_PER_PAGE = {
  figures: { first: 26, next: 32 },
  charts: { first: 16, next: 20 },
} as const;

/** How many rows each printed page of a ranking of `count` units takes, in order. */
export function rankingParts(count: number, perPage: { first: number; next: number }): number[] {
  const parts: number[] = [];
  let left = count;
  let size = perPage.first;
  while (left > 0) {
    parts.push(Math.min(size, left));
    left -= size;
    size = perPage.next;
  }
  return parts;
}
