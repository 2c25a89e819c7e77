export function quantile(values: number[], q: number): number;
export function summary(values: number[]): { median: number; min: number; max: number; n: number };
