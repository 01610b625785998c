/**
 * `@tactical/spec`: the tactical v1 spec language — JSON Schema, generated types, validation with
 * located diagnostics, and migrations from older versions.
 */

export * from './diagnostics/index.js';
export * from './format/index.js';
export {
  createMigrator,
  MIGRATIONS,
  type MigrationResult,
  type MigrationStep,
  type Migrator,
  migrate,
} from './migrate/migrate.js';
export { createLocator, type Locator, type Position } from './parse/locate.js';
export * from './types.js';
export { LIMITS } from './validate/limits.js';
export {
  type CheckContext,
  type SemanticCheck,
  type Shape,
  semanticChecks,
} from './validate/semantic/index.js';
export {
  type ValidateOptions,
  type ValidationResult,
  validateSpec,
  validateSpecText,
} from './validate/validate.js';
