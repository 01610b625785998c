/**
 * `--queue redis://[user:password@]host:port[/db]` (or `rediss://` for TLS) as connection options.
 * No Redis client is loaded here: checking the flags of `tactical sweep` stays cheap.
 */
import type { RedisOptions } from 'ioredis';
import { UsageError } from '../context.js';

/** A parsed `--queue` URL: the connection options and how to name it in messages (no password). */
export interface RedisTarget {
  options: RedisOptions;
  label: string;
}

/** Parse `--queue`; a UsageError names what is wrong. */
export function parseRedisUrl(text: string): RedisTarget {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UsageError(
      `--queue '${text}' is not a URL; use redis://host:port, e.g. redis://localhost:6379`,
    );
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') {
    throw new UsageError(`--queue '${text}': use a redis:// or rediss:// URL, e.g. redis://localhost:6379`);
  }
  if (url.hostname === '') throw new UsageError(`--queue '${text}': the URL names no host`);
  const port = url.port === '' ? 6379 : Number(url.port);
  const dbText = url.pathname.replace(/^\//, '');
  if (dbText !== '' && !/^\d+$/.test(dbText)) {
    throw new UsageError(`--queue '${text}': the path must be a database number (redis://host:port/0)`);
  }
  const options: RedisOptions = { host: url.hostname.replace(/^\[|\]$/g, ''), port };
  if (dbText !== '') options.db = Number(dbText);
  if (url.username !== '') options.username = decodeURIComponent(url.username);
  if (url.password !== '') options.password = decodeURIComponent(url.password);
  if (url.protocol === 'rediss:') options.tls = {};
  const label = `${url.protocol}//${url.host}${dbText === '' ? '' : `/${dbText}`}`;
  return { options, label };
}
