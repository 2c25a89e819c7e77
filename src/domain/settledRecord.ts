/**
 * A copy of a record built key by key, as an object with the same keys, values and order that V8 keeps in its fast
 * form. Why: V8 turns an object given more than a dozen computed keys one by one (or one deleted) into a slow
 * dictionary, and a unit's monthly results have up to 90 keys. Every later copy, lookup and comparison of those
 * results (a month's import visits each unit's several times) would run several times slower; a spread copy of the
 * same record gets fast properties again, for the price of one copy.
 */
export const settledRecord = <T extends object>(built: T): T => ({ ...built });
