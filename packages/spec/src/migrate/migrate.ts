/**
 * Migrations: a registry of steps keyed by the version they upgrade FROM, each bringing a spec one
 * version forward, chained until `tactical/v1`. Only v1 exists today, so the default registry is
 * empty; `createMigrator` takes other steps (tests register a fake `tactical/v0`).
 */
import { CURRENT_KIND } from '../types.js';

/** One upgrade: from `from` to `to`, as a pure function of the parsed document. */
export interface MigrationStep {
  readonly from: string;
  readonly to: string;
  /** Returns the upgraded document; must not mutate its input. */
  migrate(spec: Record<string, unknown>): Record<string, unknown>;
}

/** What a migration did. */
export type MigrationResult =
  | { ok: true; spec: unknown; applied: string[] }
  | { ok: false; from: string; reason: 'unknown-version' | 'newer-version' | 'not-an-object' | 'loop' };

/** Upgrades documents to the current version. */
export type Migrator = ((spec: unknown) => MigrationResult) & {
  /** Whether a document of `kind` can be brought to the current version. */
  canMigrate(kind: string): boolean;
};

/** The version number of a `tactical/vN` tag, or undefined. */
export function versionNumber(kind: string): number | undefined {
  const m = /^tactical\/v(\d{1,6})$/.exec(kind);
  return m ? Number(m[1]) : undefined;
}

/** Build a migrator over `steps` (at most one step per `from` version). */
export function createMigrator(steps: readonly MigrationStep[], target: string = CURRENT_KIND): Migrator {
  const byFrom = new Map<string, MigrationStep>();
  for (const s of steps) {
    if (byFrom.has(s.from)) throw new TypeError(`two migration steps from '${s.from}'`);
    byFrom.set(s.from, s);
  }
  const migrator = ((spec: unknown): MigrationResult => {
    if (spec === null || typeof spec !== 'object' || Array.isArray(spec))
      return { ok: false, from: '', reason: 'not-an-object' };
    let current = spec as Record<string, unknown>;
    const applied: string[] = [];
    const seen = new Set<string>();
    for (;;) {
      const kind = typeof current.kind === 'string' ? current.kind : '';
      if (kind === target) return { ok: true, spec: current, applied };
      if (seen.has(kind)) return { ok: false, from: kind, reason: 'loop' };
      seen.add(kind);
      const step = byFrom.get(kind);
      if (!step) {
        const n = versionNumber(kind);
        const t = versionNumber(target);
        return {
          ok: false,
          from: kind,
          reason: n !== undefined && t !== undefined && n > t ? 'newer-version' : 'unknown-version',
        };
      }
      current = { ...step.migrate(current), kind: step.to };
      applied.push(`${step.from} -> ${step.to}`);
    }
  }) as Migrator;
  migrator.canMigrate = (kind: string) => {
    const seen = new Set<string>();
    let k = kind;
    while (k !== target) {
      const step = byFrom.get(k);
      if (!step || seen.has(k)) return false;
      seen.add(k);
      k = step.to;
    }
    return true;
  };
  return migrator;
}

/** The registered steps: none yet, since tactical/v1 is the first version. */
export const MIGRATIONS: readonly MigrationStep[] = [];

/** Bring a spec of any known version to `tactical/v1`. */
export const migrate: Migrator = createMigrator(MIGRATIONS);
