import { ESLint } from 'eslint';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');
const eslint = new ESLint({ cwd: root });

/** Lints a planted file (never written to disk) as if it stood at `path`. */
async function problems(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, path) });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('layer and feature rules (npm run lint)', () => {
  it("catches a feature importing another feature's internals", async () => {
    const found = await problems(
      'electron/features/desk/planted.ts',
      "import { getShift } from '../shifts/shiftQueries';\nexport const x = getShift;\n",
    );
    expect(found).toEqual([expect.stringContaining('deskbook/feature-boundaries')]);
    expect(found[0]).toContain('shifts');
  });

  it('catches the app reaching inside a feature, and re-exports that do', async () => {
    const fromApp = await problems(
      'electron/app/planted.ts',
      "import { getStaff } from '../features/staff/staffQueries';\nexport const x = getStaff;\n",
    );
    expect(fromApp).toEqual([expect.stringContaining('deskbook/feature-boundaries')]);
    const reexport = await problems(
      'electron/features/queue/planted.ts',
      "export { readSettings } from '../settings/settingsQueries';\n",
    );
    expect(reexport).toEqual([expect.stringContaining('deskbook/feature-boundaries')]);
  });

  it('lets a feature use another through its index and its own files freely', async () => {
    const ok = await problems(
      'electron/features/desk/planted.ts',
      "import { getShift } from '../shifts';\nimport { today } from '../../ipc/context';\n" +
        "import { deskCountHandlers } from './deskCounts';\n" +
        'export const x = [getShift, today, deskCountHandlers];\n',
    );
    expect(ok).toEqual([]);
  });

  it('keeps the layers: shared without node, renderer without electron, features without Electron', async () => {
    const shared = await problems(
      'shared/domain/planted.ts',
      "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n",
    );
    expect(shared).toEqual([expect.stringContaining('no-restricted-imports')]);
    const renderer = await problems(
      'renderer/src/features/desk/planted.ts',
      "import { Core } from '../../../../electron/app/core';\nexport const x = Core;\n",
    );
    expect(renderer).toEqual([expect.stringContaining('no-restricted-imports')]);
    const feature = await problems(
      'electron/features/desk/planted.ts',
      "import { app } from 'electron';\nexport const x = app;\n",
    );
    expect(feature).toEqual([expect.stringContaining('no-restricted-imports')]);
  });
});
