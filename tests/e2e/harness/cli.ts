import { DEMO_ADMIN, DEMO_STAFF, seedDemo } from './demo';
import { startDemoStations } from './cliStations';
import { startHarness } from './server';

/**
 * npm run harness [-- --fresh] [-- --port 5190] [-- --desks]
 * Opens the real app (router, services, encrypted vault) in any browser, for a person.
 */
async function main() {
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

void main();
