/**
 * `tactical validate <files or globs...>`: check spec files and report located diagnostics.
 * Exit 0 when every file is valid, 1 when any is not, 2 for a usage error (no file matched, bad
 * --format). Unreadable files are diagnostics, not crashes. `-` reads one spec from standard input,
 * reported as `<stdin>`.
 */
import { isAbsolute, relative, resolve } from 'node:path';
import { type Diagnostic, formatGithub, formatJson, formatText } from '@tactical/spec';
import type { Command } from 'commander';
import pc from 'picocolors';
import { glob, isDynamicPattern } from 'tinyglobby';
import { type CliContext, ExitCode, UsageError } from '../context.js';
import { readSpecFile, readSpecText } from '../spec-file.js';

const FORMATS = ['text', 'json', 'github'] as const;
/** The file argument that means standard input, and the name diagnostics give it. */
const STDIN = '-';
const STDIN_NAME = '<stdin>';
type Format = (typeof FORMATS)[number];

/** Expand globs (relative to cwd) and plain paths, keeping command-line order, without duplicates. */
async function expand(patterns: readonly string[], cwd: string): Promise<string[]> {
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    const abs = resolve(cwd, file);
    if (seen.has(abs)) return;
    seen.add(abs);
    out.push(abs);
  };
  for (const pattern of patterns) {
    if (pattern === STDIN) {
      if (!seen.has(STDIN)) out.push(STDIN);
      seen.add(STDIN);
    } else if (isDynamicPattern(pattern)) {
      const matches = await glob(pattern, {
        cwd,
        absolute: true,
        onlyFiles: true,
        ignore: ['**/node_modules/**'],
      });
      matches.sort();
      matches.forEach(add);
    } else {
      add(pattern); // a plain path is checked even if missing: that is a diagnostic, not a silent skip
    }
  }
  return out;
}

/** Validate one file through the shared front door (spec-file.ts); never throws. */
async function checkFile(abs: string, shown: string): Promise<Diagnostic[]> {
  return (await readSpecFile(abs, shown)).diagnostics;
}

/** Register `validate` on the program. */
export function register(program: Command, ctx: CliContext): void {
  program
    .command('validate')
    .description('Check spec files against the tactical v1 language; print located diagnostics')
    .argument(
      '<files...>',
      "spec files or globs (relative to the working directory); '-' reads standard input",
    )
    .option('-f, --format <format>', `output format: ${FORMATS.join(', ')}`, 'text')
    .action(async (patterns: string[], options: { format: string }) => {
      if (!(FORMATS as readonly string[]).includes(options.format)) {
        throw new UsageError(`unknown --format '${options.format}'; use one of: ${FORMATS.join(', ')}`);
      }
      const format = options.format as Format;
      const files = await expand(patterns, ctx.cwd);
      if (files.length === 0)
        throw new UsageError(`no files matched ${patterns.map((p) => `'${p}'`).join(', ')}`);
      const diagnostics: Diagnostic[] = [];
      // bounded concurrency: fast on many small files without opening thousands at once
      const results: Diagnostic[][] = new Array(files.length);
      let next = 0;
      const worker = async () => {
        while (next < files.length) {
          const i = next++;
          const abs = files[i]!;
          if (abs === STDIN) {
            results[i] = readSpecText((await ctx.readStdin?.()) ?? '', STDIN_NAME).diagnostics;
            continue;
          }
          const shown = isAbsolute(relative(ctx.cwd, abs)) ? abs : relative(ctx.cwd, abs);
          results[i] = await checkFile(abs, shown);
        }
      };
      await Promise.all(Array.from({ length: Math.min(16, files.length) }, worker));
      for (const r of results) diagnostics.push(...r);
      const invalid = diagnostics.some((d) => d.severity === 'error');
      if (format === 'json') ctx.stdout(formatJson(diagnostics, files.length));
      else if (format === 'github') ctx.stdout(formatGithub(diagnostics));
      else {
        // colour only on a real terminal (never in tests or pipes, where output is compared or parsed)
        const useColor = pc.isColorSupported && ctx.stdoutIsTTY === true && !process.env.NO_COLOR;
        ctx.stdout(formatText(diagnostics, files.length, useColor ? { colors: pc } : {}));
      }
      ctx.exitCode = invalid ? ExitCode.findings : ExitCode.ok;
    });
}
