/**
 * `npm ci` refuses a lockfile that lacks other platforms' optional binaries, which
 * `npm install` over an existing node_modules can write (npm/cli#8320). Then CI on
 * macOS or Windows, or a host that installs with `npm ci`, cannot install at all.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface LockPackage {
  version?: string;
  optionalDependencies?: Record<string, string>;
}
const lock = JSON.parse(readFileSync(new URL('../../package-lock.json', import.meta.url), 'utf8')) as {
  packages: Record<string, LockPackage>;
};

describe('package-lock.json', () => {
  it("lists every platform's optional binary of every package that has them", () => {
    const missing: string[] = [];
    for (const [path, entry] of Object.entries(lock.packages)) {
      for (const name of Object.keys(entry.optionalDependencies ?? {})) {
        const nested = `${path}/node_modules/${name}`;
        if (!lock.packages[nested] && !lock.packages[`node_modules/${name}`])
          missing.push(`${path || '(root)'} → ${name}`);
      }
    }
    expect(missing, 'regenerate the lockfile from a folder without node_modules').toEqual([]);
  });
});
