import type { z } from 'zod';
import { formatPath, type FileProblem } from './fileProblem';

/**
 * Zod's findings as problems the UI can word in the user's language: what kind of value was expected,
 * or the limit that was crossed, never the validator's English sentence. `at`: where the checked value sits
 * in its file (`plan`, `plans[2]`), put before each field path.
 */
export function zodProblems(error: z.ZodError, file: string, at: readonly PropertyKey[] = []): FileProblem[] {
  return error.issues.slice(0, 50).map((issue): FileProblem => {
    const field = formatPath([...at, ...issue.path]);
    switch (issue.code) {
      case 'invalid_type':
        if (/received undefined/.test(issue.message)) return { code: 'missingField', file, field };
        return { code: 'invalidValue', file, field, params: { reason: 'type', expected: String(issue.expected) } };
      case 'too_small':
        return { code: 'invalidValue', file, field, params: Number(issue.minimum) === 1 && issue.origin !== 'number'
          ? { reason: 'empty' } : { reason: 'small', limit: Number(issue.minimum) } };
      case 'too_big':
        return { code: 'invalidValue', file, field, params: { reason: 'big', limit: Number(issue.maximum) } };
      case 'invalid_value':
        return { code: 'invalidValue', file, field, params: { reason: 'oneOf', values: issue.values.map(String).join(', ') } };
      case 'invalid_key':
        return { code: 'invalidValue', file, field, params: { reason: 'key' } };
      case 'unrecognized_keys':
        // A key this version does not know (see planSchema.ts): named, and the whole value refused.
        return { code: 'unknownField', file, field: formatPath([...at, ...issue.path, issue.keys[0] ?? '']), params: { keys: issue.keys.join(', ') } };
      default:
        return { code: 'invalidValue', file, field, params: { reason: 'format' } };
    }
  });
}
