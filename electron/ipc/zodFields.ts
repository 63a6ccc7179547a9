import type { z } from 'zod';

/**
 * Flattens zod issues into { "admin.pin": "Too small…" } so the renderer can mark fields.
 * Collected in a Map and made with Object.fromEntries, so a field named `__proto__` or
 * `constructor` becomes a key of its own instead of touching the object's prototype.
 */
export function fieldsFromZod(error: z.ZodError): Record<string, string> {
  const fields = new Map<string, string>();
  for (const issue of error.issues) {
    const base = issue.path.map(String);
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) fields.set([...base, key].join('.'), 'unknown field');
      continue;
    }
    const path = base.join('.') || 'input';
    if (!fields.has(path)) fields.set(path, issue.message);
  }
  return Object.fromEntries(fields);
}
