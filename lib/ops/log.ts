/**
 * The server processes' log: one JSON object per line on standard output (pino), for a log
 * collector to read rather than a person. Level from LOG_LEVEL (lib/env.ts); every line carries
 * pid, hostname, an ISO time and the level by name.
 *
 * What is never logged: cookies, Authorization headers, request bodies, query strings (a sign-in
 * or reset link can carry a token in one). Callers log chosen fields, never a whole request or
 * headers object; the redaction below is the second line of defence for a field logged by mistake.
 *
 * One logger per process, kept on globalThis: the server front (run by tsx) and the code Next
 * bundled (instrumentation.ts) are two copies of this module in one process, and share it.
 */
import pino, { type DestinationStream, type Logger } from 'pino';
import { settings } from '../env';

export type { Logger } from 'pino';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

const REDACTED = [
  'cookie',
  'authorization',
  'password',
  'headers',
  'body',
  '*.cookie',
  '*.authorization',
  '*.password',
  '*.headers',
  '*.body',
];

/** A logger writing to `destination` (standard output unless given: tests pass a stream). */
export function createLogger(options: { level: LogLevel; destination?: DestinationStream }): Logger {
  return pino(
    {
      level: options.level,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACTED, censor: '[redacted]' },
    },
    options.destination ?? pino.destination({ dest: 1, sync: true }),
  );
}

const KEY = Symbol.for('haiti-tracker.logger');
const shared = globalThis as { [KEY]?: Logger };

function configuredLevel(): LogLevel {
  try {
    return settings().LOG_LEVEL;
  } catch {
    // Settings that do not validate stop the server with their own message; say it at info.
    return 'info';
  }
}

/** This process's logger. */
export function logger(): Logger {
  shared[KEY] ??= createLogger({ level: configuredLevel() });
  return shared[KEY];
}
