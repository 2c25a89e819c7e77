/** The raw samples of one benchmark (see run.mjs); their shapes are the probe's results. */
export interface ReportInput {
  meta: Record<string, unknown>;
  cold: { app: unknown[]; floor: unknown[] };
  bySize: Record<number, { files: { csvBytes: number; planFileBytes: number }; runs: unknown[] }>;
  quantile: (values: number[], q: number) => number;
  summary: (values: number[]) => { median: number; min: number; max: number; n: number };
}
export function report(input: ReportInput): { markdown: string; json: { sizes: Record<number, { figures: Record<string, unknown> }> } & Record<string, unknown> };
