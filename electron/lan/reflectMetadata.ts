/**
 * @peculiar/x509 resolves its algorithms through tsyringe, which refuses to load unless
 * `Reflect.getMetadata` exists (the `reflect-metadata` polyfill, not installed here). tsyringe
 * only records and reads its own injection tokens, so a per-target map is all it needs.
 * Imported before @peculiar/x509; replace with `import 'reflect-metadata'` once it is a dependency.
 */

type Store = Map<unknown, unknown>;
const metadata = new WeakMap<object, Store>();

function own(target: object): Store | undefined {
  return metadata.get(target);
}

function lookup(key: unknown, target: object): unknown {
  for (let t: object | null = target; t; t = Object.getPrototypeOf(t) as object | null) {
    const store = own(t);
    if (store?.has(key)) return store.get(key);
  }
  return undefined;
}

const shim = {
  getOwnMetadata: (key: unknown, target: object) => own(target)?.get(key),
  getMetadata: lookup,
  defineMetadata: (key: unknown, value: unknown, target: object) => {
    const store = own(target) ?? new Map<unknown, unknown>();
    store.set(key, value);
    metadata.set(target, store);
  },
};

const reflect = Reflect as unknown as Record<string, unknown>;
for (const [name, fn] of Object.entries(shim)) reflect[name] ??= fn;
