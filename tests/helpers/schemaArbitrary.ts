import fc from 'fast-check';
import { z } from 'zod';

/**
 * fast-check arbitraries for a channel's input, read off its zod schema through
 * z.toJSONSchema (refinements are dropped there, which only makes some samples invalid).
 * `validish` stays inside the schema's shape and bounds, to reach the services;
 * `mutated` takes such a value and breaks it in one to three places.
 */
export type Json = {
  type?: string;
  properties?: Record<string, Json>;
  required?: string[];
  items?: Json;
  anyOf?: Json[];
  enum?: unknown[];
  const?: unknown;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  format?: string;
  additionalProperties?: boolean | Json;
};

export function jsonSchemaOf(schema: z.ZodType): Json {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Json;
}

// Strings that satisfy the contract's patterns (days, times, fingerprints, file names…).
const PATTERN_SAMPLES = [
  'aa',
  '2026-11-22',
  '2026-02-31',
  '09:30',
  '24:00',
  '1234-5678-9ABC-DEF0',
  'a.pdf',
  '13800001111',
  'VIP-0001',
  'abcde12345',
  'a@b.cn',
];

function fitsString(s: Json, v: string): boolean {
  if (s.minLength !== undefined && [...v].length < s.minLength) return false;
  if (s.maxLength !== undefined && [...v].length > s.maxLength) return false;
  if (s.pattern && !new RegExp(s.pattern, 'u').test(v)) return false;
  if (s.format === 'email' && !v.includes('@')) return false;
  return true;
}

function stringArb(s: Json, key: string, ids: string[]): fc.Arbitrary<string> {
  const fitting = PATTERN_SAMPLES.filter((v) => fitsString(s, v));
  const options: fc.Arbitrary<string>[] = fitting.map((v) => fc.constant(v));
  if (/(^id$|Id$)/.test(key) && ids.length > 0) options.push(fc.constantFrom(...ids));
  if (!s.pattern && !s.format) {
    const min = s.minLength ?? 0;
    const max = Math.min(s.maxLength ?? 200, min + 200);
    options.push(fc.string({ minLength: min, maxLength: max, unit: 'grapheme' }));
    options.push(fc.constant('x'.repeat(s.maxLength ?? 5000)));
    options.push(
      fc.constant(`a'; DROP TABLE staff; --\u0000\u202e`.slice(0, max).padEnd(min, 'z')),
    );
  }
  if (options.length === 0) options.push(fc.constant('a'.repeat(s.minLength ?? 1)));
  return fc.oneof(...options);
}

function numberArb(s: Json): fc.Arbitrary<number> {
  const min = s.minimum ?? (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + 1 : -1e9);
  const max = s.maximum ?? (s.exclusiveMaximum !== undefined ? s.exclusiveMaximum - 1 : 1e12);
  const int = s.type === 'integer';
  const inRange = int
    ? fc.integer({ min: Math.max(min, -(2 ** 53) + 1), max: Math.min(max, 2 ** 53 - 1) })
    : fc.double({ min, max, noNaN: true });
  return fc.oneof(inRange, fc.constant(min), fc.constant(max));
}

/** Values of the schema's shape: the right types, within bounds, optional keys sometimes. */
export function validish(s: Json, ids: string[], key = ''): fc.Arbitrary<unknown> {
  if (s.anyOf) return fc.oneof(...s.anyOf.map((a) => validish(a, ids, key)));
  if (s.enum) return fc.constantFrom(...s.enum);
  if (s.const !== undefined) return fc.constant(s.const);
  switch (s.type) {
    case 'string':
      return stringArb(s, key, ids);
    case 'number':
    case 'integer':
      return numberArb(s);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      return fc.array(validish(s.items ?? {}, ids, key), {
        minLength: s.minItems ?? 0,
        maxLength: Math.min(s.maxItems ?? 4, (s.minItems ?? 0) + 4),
      });
    case 'object': {
      const props = Object.fromEntries(
        Object.entries(s.properties ?? {}).map(([k, v]) => [k, validish(v, ids, k)]),
      );
      return fc.record(props, { requiredKeys: s.required ?? [] });
    }
    default:
      return fc.anything();
  }
}

// Values the contract never accepts where a field is, or inputs shaped in ways it refuses.
const BAD_VALUES: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, undefined, NaN, Infinity, -Infinity, -1, 2 ** 53, 1e308, -0, '', true),
  fc.constant('y'.repeat(100_000)),
  fc.constant(Array.from({ length: 10_000 }, (_, i) => i)),
  fc.constant(JSON.parse('{"__proto__":{"polluted":1}}') as unknown),
  fc.constant({ constructor: { prototype: { polluted: 1 } } }),
  fc.constant(new Date(0)),
  fc.constant(10n),
  fc.constant(new Uint8Array(8)),
  fc.constant(new Map([['a', 1]])),
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.array(fc.anything(), { maxLength: 5 }),
  fc.object(),
);

const ODD_KEYS = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', ''),
  fc.string({ minLength: 1, maxLength: 12 }),
);

type Mutation = { at: number; kind: 'replace' | 'drop' | 'add'; key: string; value: unknown };

/** Every container and leaf of v, by path. */
function paths(v: unknown, at: (string | number)[] = []): (string | number)[][] {
  const out = [at];
  if (
    v &&
    typeof v === 'object' &&
    (Array.isArray(v) || Object.getPrototypeOf(v) === Object.prototype)
  )
    for (const k of Object.keys(v))
      out.push(...paths((v as Record<string, unknown>)[k], [...at, k]));
  return out;
}

function setOwn(o: Record<string, unknown>, key: string, value: unknown): void {
  // defineProperty, so '__proto__' is a key of its own as a wire message would carry it.
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
}

function apply(root: unknown, m: Mutation): unknown {
  const all = paths(root);
  const path = all[m.at % all.length]!;
  if (path.length === 0 && m.kind === 'replace') return m.value;
  const parentPath = m.kind === 'replace' || m.kind === 'drop' ? path.slice(0, -1) : path;
  let parent: unknown = root;
  for (const k of parentPath) parent = (parent as Record<string | number, unknown>)[k];
  if (!parent || typeof parent !== 'object') return m.kind === 'add' ? m.value : root;
  const p = parent as Record<string, unknown>;
  const leaf = String(path[path.length - 1]);
  if (m.kind === 'replace') setOwn(p, leaf, m.value);
  else if (m.kind === 'drop') delete p[leaf];
  else setOwn(p, m.key, m.value);
  return root;
}

/** A validish value broken in one to three places (wrong types, bounds, keys, shapes). */
export function mutated(s: Json, ids: string[]): fc.Arbitrary<unknown> {
  const mutation = fc.record({
    at: fc.nat(),
    kind: fc.constantFrom('replace' as const, 'drop' as const, 'add' as const),
    key: ODD_KEYS,
    value: BAD_VALUES,
  });
  return fc
    .tuple(validish(s, ids), fc.array(mutation, { minLength: 1, maxLength: 3 }))
    .map(([v, ms]) => ms.reduce((acc, m) => apply(structuredCloneSafe(acc), m), v));
}

function structuredCloneSafe(v: unknown): unknown {
  try {
    return structuredClone(v);
  } catch {
    return v;
  }
}
