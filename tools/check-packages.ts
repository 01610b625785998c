/**
 * `pnpm check:packages`: build, pack each package as it would be published, then lint the tarballs
 * with publint (strict) and check their types with @arethetypeswrong/cli (ESM-only profile: these
 * packages are ESM, so CommonJS `require` and node10 resolution are out of scope). Exit 1 on any finding.
 *
 *   tsx tools/check-packages.ts
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { build, PACKAGES, pack, repoRoot } from './packaging.js';

const require = createRequire(join(repoRoot, 'package.json'));
const attw = join(require.resolve('@arethetypeswrong/cli/package.json'), '..', 'dist', 'index.js');

build();
const dir = mkdtempSync(join(tmpdir(), 'tactical-pack-'));
let failed = 0;
try {
  const tarballs = pack(dir);
  for (const name of PACKAGES) {
    const tarball = readFileSync(tarballs[name]);
    const pkgDir = join(repoRoot, 'packages', name);
    const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
    const { messages } = await publint({
      strict: true,
      pack: { tarball: tarball.buffer.slice(tarball.byteOffset, tarball.byteOffset + tarball.byteLength) },
    });
    for (const m of messages)
      process.stdout.write(`publint ${pkg.name}: ${m.type}: ${formatMessage(m, pkg)}\n`);
    const problems = messages.filter((m) => m.type === 'error' || m.type === 'warning');
    if (problems.length > 0) failed++;
    try {
      execFileSync(
        process.execPath,
        [attw, tarballs[name], '--profile', 'esm-only', '--format', 'table-flipped'],
        {
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      process.stdout.write(`attw ${pkg.name}: no problems\n`);
    } catch (error) {
      const e = error as { stdout?: Buffer; stderr?: Buffer };
      process.stdout.write(`attw ${pkg.name}: problems\n${e.stdout ?? ''}${e.stderr ?? ''}\n`);
      failed++;
    }
    if (problems.length === 0) process.stdout.write(`publint ${pkg.name}: clean\n`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exitCode = failed > 0 ? 1 : 0;
