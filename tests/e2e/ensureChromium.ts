// Run by `npm test` before vitest (the `pretest` script): makes sure the end-to-end tests
// have a Chromium, installing one if none is found, so a fresh machine needs no manual step.
import { execFileSync } from 'node:child_process';
import { chromiumProbe } from './chromium';
import { chooseChromium, installPlan, type ChromiumChoice } from './chromiumSource';

const choose = (): ChromiumChoice => chooseChromium(chromiumProbe());

function main(): number {
  let choice = choose();
  if (choice.kind === 'install') {
    const plan = installPlan(
      choice.via,
      process.execPath,
      require.resolve('playwright-core/cli.js'),
    );
    console.info(plan.say);
    for (const c of plan.commands)
      execFileSync(c.file, c.args, { stdio: 'inherit', env: { ...process.env, ...c.env } });
    choice = choose();
  }
  if (choice.kind === 'found') {
    console.info(`Chromium for the end-to-end tests: ${choice.path} (${choice.from})`);
    return 0;
  }
  console.error(
    choice.kind === 'missingEnvPath'
      ? `CHROMIUM_PATH is set to ${choice.path}, but no file is there.`
      : 'Installing a Chromium did not leave one where the tests look (see tests/e2e/chromiumSource.ts).',
  );
  return 1;
}

process.exitCode = main();
