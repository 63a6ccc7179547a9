import type { z } from 'zod';

/** Flattens zod issues into { "admin.pin": "Too small…" } so the renderer can mark fields. */
export function fieldsFromZod(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const base = issue.path.map(String);
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) fields[[...base, key].join('.')] = 'unknown field';
      continue;
    }
    const path = base.join('.') || 'input';
    fields[path] ??= issue.message;
  }
  return fields;
}
