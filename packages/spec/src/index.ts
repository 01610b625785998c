/**
 * `@tactical/spec`: the tactical v1 spec language — JSON Schema, generated types, validation with
 * located diagnostics, and migrations from older versions.
 */
export * from './types.js';
