/** Branded identifiers: a unit code can never be passed where an indicator id is expected. */
declare const brand: unique symbol;
export type Brand<T, B extends string> = T & { readonly [brand]: B };

export type PlanId = Brand<string, 'PlanId'>;
export type UnitCode = Brand<string, 'UnitCode'>;
export type IndicatorId = Brand<string, 'IndicatorId'>;

export const planId = (s: string) => s as PlanId;
export const unitCode = (s: string) => s as UnitCode;
export const indicatorId = (s: string) => s as IndicatorId;
