import { config } from 'zod';

/**
 * Zod compiles fast paths with `new Function` when allowed; the app's Content-Security-Policy forbids eval,
 * and probing for it reports a violation on every load. Jitless checking is fast enough for our files.
 * Imported before any schema is built.
 */
config({ jitless: true });
