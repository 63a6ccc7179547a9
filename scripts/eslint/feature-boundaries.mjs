import { dirname, relative, resolve, sep } from 'node:path';

/**
 * A feature folder (electron/features/<name>/) is reached from outside only through its
 * index.ts: another feature, or the app around it, never imports a file inside it.
 */
const FEATURES = ['electron', 'features'].join(sep);

function featureOf(file, root) {
  const rel = relative(root, file);
  if (!rel.startsWith(FEATURES + sep)) return null;
  const [name, ...rest] = rel.slice(FEATURES.length + 1).split(sep);
  return { name, inner: rest.join('/').replace(/\.(ts|tsx|js|mjs)$/, '') };
}

export const featureBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'Features import one another only through index.ts' },
    messages: {
      internal:
        "'{{spec}}' reaches inside the {{target}} feature: import it from its index.ts instead.",
    },
    schema: [],
  },
  create(context) {
    const root = context.cwd;
    const file = context.filename;
    const own = featureOf(file, root);
    function check(node) {
      const spec = node.source?.value;
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      const target = featureOf(resolve(dirname(file), spec), root);
      if (!target || target.name === own?.name) return;
      if (target.inner === '' || target.inner === 'index') return;
      context.report({
        node: node.source,
        messageId: 'internal',
        data: { spec, target: target.name },
      });
    }
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

export default { rules: { 'feature-boundaries': featureBoundaries } };
