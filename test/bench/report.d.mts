/** The raw samples of one benchmark (see run.mjs); their shapes are the probe's results. */
export interface ReportInput {
  meta: Record<string, unknown>;
  cold: { app: unknown[]; floor: unknown[]; appSw?: unknown[]; profile?: unknown } | undefined;
  bySize: Record<number, { files: { csvBytes: number; planFileBytes: number }; runs: unknown[] }>;
  /** Cold opens by address after a browser restart, by size (only at the sizes where they were measured). */
  restart?: Record<number, { runs: unknown[] }>;
  quantile: (values: number[], q: number) => number;
  summary: (values: number[]) => { median: number; min: number; max: number; n: number };
}
export const TARGETS: Record<string, Record<string, number | boolean>>;
export function report(input: ReportInput): { markdown: string; json: { sizes: Record<number, { figures: Record<string, unknown> }> } & Record<string, unknown> };
