import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleDigest, bundleIsCurrent, sweepWorkerEntry, workerEntryIn } from './worker-entry.js';

const root = mkdtempSync(join(tmpdir(), 'tactical-bundle-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let made = 0;

/**
 * A built layout like dist/: `sweep/` holds the bundle and its manifest, the inputs sit beside and
 * above it (as `../x.js` and `../../other/dist/y.js` do in the workspace).
 */
function layout(files: ReadonlyMap<string, Uint8Array | string>): {
  sweep: URL;
  write: (p: string, c: string | Uint8Array) => void;
} {
  const base = join(root, `case-${made++}`, 'pkg', 'dist');
  const write = (path: string, contents: string | Uint8Array) => {
    const file = join(base, 'sweep', path);
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, contents);
  };
  for (const [path, contents] of files) write(path, contents);
  const sweep = pathToFileURL(`${join(base, 'sweep')}/`);
  const inputs = [...files.keys()].sort();
  write('worker.bundle.js', '// bundled\n');
  write('worker.bundle.json', JSON.stringify({ inputs, sha256: bundleDigest(inputs, sweep) }));
  return { sweep, write };
}

const sample = new Map<string, string>([
  ['worker.js', 'export {};\n'],
  ['../index.js', 'export const a = 1;\n'],
  ['../../../other/dist/index.js', 'export const b = 2;\n'],
]);

describe('the sweep worker bundle is used only while it matches the modules it was made from', () => {
  it('a freshly made bundle is current', () => {
    expect(bundleIsCurrent(layout(sample).sweep)).toBe(true);
  });

  it('any change to any input makes it stale (property: one byte changed, added or removed)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.uint8Array({ minLength: 0, maxLength: 64 }), { minLength: 1, maxLength: 5 }),
        fc.nat(),
        fc.nat(),
        fc.constantFrom('flip', 'append', 'truncate'),
        (contents, which, at, edit) => {
          const files = new Map(contents.map((c, k) => [`../m${k}.js`, c] as const));
          const { sweep, write } = layout(files);
          expect(bundleIsCurrent(sweep)).toBe(true);
          const k = which % contents.length;
          const c = Uint8Array.from(contents[k]!);
          const changed =
            edit === 'append'
              ? Uint8Array.from([...c, at % 256])
              : c.length === 0
                ? Uint8Array.from([0])
                : edit === 'truncate'
                  ? c.subarray(0, c.length - 1)
                  : c.map((byte, j) => (j === at % c.length ? byte ^ (1 + (at % 255)) : byte));
          write(`../m${k}.js`, changed);
          expect(bundleIsCurrent(sweep)).toBe(false);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('a missing bundle, input or manifest, or an unexpected manifest, means not current', () => {
    const noBundle = layout(sample);
    rmSync(new URL('worker.bundle.js', noBundle.sweep));
    expect(bundleIsCurrent(noBundle.sweep)).toBe(false);

    const noInput = layout(sample);
    rmSync(new URL('../index.js', noInput.sweep));
    expect(bundleIsCurrent(noInput.sweep)).toBe(false);

    const noManifest = layout(sample);
    rmSync(new URL('worker.bundle.json', noManifest.sweep));
    expect(bundleIsCurrent(noManifest.sweep)).toBe(false);

    for (const manifest of [
      'not json',
      '{}',
      '{"inputs":[],"sha256":"x"}',
      '{"inputs":[1],"sha256":"x"}',
      'null',
    ]) {
      const odd = layout(sample);
      odd.write('worker.bundle.json', manifest);
      expect(bundleIsCurrent(odd.sweep), manifest).toBe(false);
    }
  });

  it('the entry: the current bundle, else worker.js, else an error naming the folder and the way out', () => {
    const current = layout(sample);
    expect(workerEntryIn(current.sweep).pathname.endsWith('/sweep/worker.bundle.js')).toBe(true);
    current.write('../index.js', 'export const a = 2;\n'); // rebuilt without bundling
    expect(workerEntryIn(current.sweep).pathname.endsWith('/sweep/worker.js')).toBe(true);
    const bundledAway = new URL(`${pathToFileURL(join(root, 'bundled-app')).href}/`);
    mkdirSync(bundledAway, { recursive: true });
    expect(() => workerEntryIn(bundledAway)).toThrow(/no sweep worker in .*bundled-app.*workers: 0/);
  });

  it('from source, workers run worker.ts', () => {
    expect(sweepWorkerEntry().pathname.endsWith('/sweep/worker.ts')).toBe(true);
  });
});
