/** A plain object read from a file or from storage (not null, not an array): what a field's checks may look into. */
export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
