/**
 * `npm run test:e2e`: the `site` journeys, then the `builds` tests, each in its own
 * Playwright run, so both always run and report, whatever the other did. Extra
 * arguments go to both runs (e.g. `-- --grep "short link"`); `--project` picks one.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = new URL('../../', import.meta.url).pathname;
const args = process.argv.slice(2);
const chosen = args.find((arg) => arg.startsWith('--project='))?.split('=')[1];
const projects = chosen ? [chosen] : ['site', 'builds'];
const rest = args.filter((arg) => !arg.startsWith('--project='));

const failed: string[] = [];
for (const project of projects) {
  const run = spawnSync(
    join(ROOT, 'node_modules/.bin/playwright'),
    // Builds run one at a time: each takes both cores.
    [
      'test',
      '-c',
      'e2e/playwright.config.ts',
      `--project=${project}`,
      ...(project === 'builds' ? ['--workers=1'] : []),
      ...rest,
    ],
    { cwd: ROOT, stdio: 'inherit', env: { ...process.env, KB_E2E_PROJECT: project } },
  );
  if (run.status !== 0) failed.push(project);
}
if (failed.length > 0) console.error(`\nEnd-to-end tests failed in: ${failed.join(', ')}`);
process.exit(failed.length > 0 ? 1 : 0);
