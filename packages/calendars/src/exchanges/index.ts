/**
 * The registry of built-in exchanges. Adding an exchange = one data file beside these plus its
 * golden/sample test; nothing else in the package changes.
 */
import type { ExchangeDefinition } from '../rules/vocabulary.js';
import { xlon } from './xlon.js';
import { xnys } from './xnys.js';

/** Every built-in exchange definition, in listing order. */
export const exchanges: readonly ExchangeDefinition[] = [xnys, xlon];

export { xlon, xnys };
