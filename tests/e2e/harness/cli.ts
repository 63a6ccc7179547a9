import { DEMO_ADMIN, DEMO_STAFF, seedDemo } from './demo';
import { startDemoStations } from './cliStations';
import {
  HQ_DEMO_BRANCHES,
  HQ_DEMO_STAFF,
  seedHeadOfficeDemo,
  startHeadOfficeChain,
} from './demoHeadOffice';
import { startHarness } from './server';

/**
 * npm run harness [-- --fresh] [-- --port 5190] [-- --desks] [-- --headoffice]
 * Opens the real app (router, services, encrypted vault) in any browser, for a person.
 */
async function main() {
  if (process.argv.includes('--headoffice')) return headOffice();
  const args = process.argv.slice(2);
  const fresh = args.includes('--fresh');
  const desks = args.includes('--desks') && !fresh;
  const portArg = args.indexOf('--port');
  const port = portArg >= 0 ? Number(args[portArg + 1]) : 5190;
  const harness = await startHarness({
    port,
    ...(fresh ? {} : { seed: (core, time) => seedDemo(core, time, { reportHistory: true }) }),
  });
  const lines = [
    '',
    'Deskbook harness (dev only; the vault lives in a temp folder and is deleted on exit)',
    '',
    `  Open: ${harness.url}`,
    `  Approved exports are written to ${harness.exportDir}`,
    '',
  ];
  const stations = desks ? await startDemoStations(harness) : [];
  if (stations.length > 0) {
    lines.push(`  A second desk PC:  ${stations[0]!.url}`);
    lines.push(`  A hall display:    ${stations[1]!.url}`, '');
  }
  if (!fresh) {
    lines.push('  Demo accounts (user name / PIN):');
    for (const s of [DEMO_ADMIN, ...DEMO_STAFF]) {
      const note = s.active === false ? '  (deactivated)' : '';
      lines.push(
        `    ${s.username.padEnd(10)} ${s.pin.padEnd(8)} ${s.displayName} · ${s.role}${note}`,
      );
    }
  } else {
    lines.push('  Fresh vault: the first-run setup screen comes first.');
  }
  lines.push('', '  Ctrl+C stops the harness.', '');
  console.log(lines.join('\n'));
  const stop = () =>
    void Promise.all(stations.map((s) => s.close()))
      .then(() => harness.close())
      .then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

/** 总部: a head-office PC over a throwaway PostgreSQL holding three branches' weeks. */
async function headOffice() {
  const args = process.argv.slice(2);
  const portArg = args.indexOf('--port');
  const chain = await startHeadOfficeChain();
  const harness = await startHarness({
    port: portArg >= 0 ? Number(args[portArg + 1]) : 5190,
    seed: (core) => seedHeadOfficeDemo(core, chain),
  });
  const lines = [
    '',
    'Deskbook harness, head office (dev only; vault and PostgreSQL are deleted on exit)',
    '',
    `  Open: ${harness.url}`,
    `  PostgreSQL on 127.0.0.1:${chain.cluster.port} with ${HQ_DEMO_BRANCHES.map((b) => b.name).join('、')}`,
    '',
    '  Demo accounts (user name / PIN):',
    `    ${DEMO_ADMIN.username.padEnd(10)} ${DEMO_ADMIN.pin.padEnd(8)} ${DEMO_ADMIN.displayName} · admin`,
    ...HQ_DEMO_STAFF.map(
      (s) => `    ${s.username.padEnd(10)} ${s.pin.padEnd(8)} ${s.displayName} · ${s.role}`,
    ),
    '',
    '  Ctrl+C stops the harness.',
    '',
  ];
  console.log(lines.join('\n'));
  const stop = () =>
    void harness.close().then(() => {
      chain.stop();
      process.exit(0);
    });
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
