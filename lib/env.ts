/**
 * Every setting the product reads, validated in one place. A bad value stops start-up with a
 * message naming the setting, rather than failing later somewhere far from the cause.
 */
import path from 'node:path';
import { z } from 'zod';
import { parseTrustProxy, type TrustProxy } from './auth/client-address';

export const DEFAULT_DATABASE_URL = 'file:./prisma/data/haiti.db';
export const OSM_TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';

const settingsSchema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .regex(
      /^(?:file:.+|postgres(?:ql)?:\/\/.+)/i,
      'must be a SQLite file URL such as file:./prisma/data/haiti.db, or a PostgreSQL URL (postgresql://user:password@host:5432/haiti)',
    )
    .default(DEFAULT_DATABASE_URL),
  PORT: z.coerce
    .number({ error: 'must be a port number' })
    .int('must be a whole number')
    .min(1, 'must be between 1 and 65535')
    .max(65535, 'must be between 1 and 65535')
    .default(3000),
  // "off" disables tiles: the map then shows only the basemap shipped with the app.
  MAP_TILE_URL: z
    .string()
    .trim()
    .refine(
      (v) => v === 'off' || (/^https?:\/\//.test(v) && ['{z}', '{x}', '{y}'].every((p) => v.includes(p))),
      'must be "off" or an http(s) URL template containing {z}, {x} and {y}',
    )
    .default(OSM_TILE_URL),
  // How many server processes share the port (`npm start`): one per core the app may use.
  WEB_CONCURRENCY: z.coerce
    .number({ error: 'must be a whole number' })
    .int('must be a whole number')
    .min(1, 'must be between 1 and 16')
    .max(16, 'must be between 1 and 16')
    .default(1),
  MAP_TILE_ATTRIBUTION: z.string().trim().default('© OpenStreetMap contributors'),
  // "on": each server process computes the default pages' aggregates when it starts.
  WARM_AGGREGATES: z
    .enum(['on', 'off'], { error: 'must be "on" or "off"' })
    .default('on')
    .transform((v) => v === 'on'),
  // Rendered reading pages kept per server process for visitors who are not signed in, in MB of
  // HTML (lib/http/page-cache.ts); 0 turns the cache off.
  PAGE_CACHE_MB: z.coerce
    .number({ error: 'must be a number of megabytes' })
    .min(0, 'must be between 0 and 1024')
    .max(1024, 'must be between 0 and 1024')
    .default(16),
  // How far V8 lets a server process's heap grow past what it still uses after a full collection,
  // in percent (V8's --heap-growing-percent); unset, V8 decides (up to several times). Lower holds
  // less memory at the cost of more collections (README, "Server memory").
  HEAP_GROWTH_PERCENT: z.coerce
    .number({ error: 'must be a whole number of percent' })
    .int('must be a whole number of percent')
    .min(10, 'must be between 10 and 400')
    .max(400, 'must be between 10 and 400')
    .optional(),
  // Host names an editor's "import a link" may fetch although they resolve to private or local
  // addresses (the tests' local server, an intranet site); every other host must be public.
  IMPORT_ALLOW_HOSTS: z
    .string()
    .optional()
    .transform((v) =>
      (v ?? '')
        .split(',')
        .map((h) => h.trim().toLowerCase())
        .filter(Boolean),
    ),
  // How often each registered news feed is read, in minutes (lib/feeds/poll.ts): by the server
  // processes while they run, and by `npm run feeds` for a feed that is due. 0: the server never
  // polls (a cron job running `npm run feeds` does, or an admin's "Fetch now").
  FEEDS_POLL_MINUTES: z.coerce
    .number({ error: 'must be a whole number of minutes' })
    .int('must be a whole number of minutes')
    .min(0, 'must be between 0 and 1440')
    .max(1440, 'must be between 0 and 1440')
    .default(30),
  // How much the servers log, as JSON lines on standard output (lib/ops/log.ts): pino's levels.
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      error: 'must be one of fatal, error, warn, info, debug, trace, silent',
    })
    .default('info'),
  // Where Prometheus reads the servers' metrics (GET /metrics, lib/ops/metrics.ts); unset: nowhere.
  // A port of its own, so the metrics are never served to the public on the app's port.
  METRICS_PORT: z.coerce
    .number({ error: 'must be a port number' })
    .int('must be a whole number')
    .min(1, 'must be between 1 and 65535')
    .max(65535, 'must be between 1 and 65535')
    .optional(),
  // The address the metrics port listens on: this machine only, unless a scraper elsewhere needs it.
  METRICS_HOST: z.string().trim().min(1, 'must be a host name or address').default('127.0.0.1'),
  // "off": `npm start` does not migrate the store; the deploy runs `npm run db:migrate` once, and a
  // server whose store is behind its code refuses to start (several app servers on one store).
  MIGRATE_ON_START: z
    .enum(['on', 'off'], { error: 'must be "on" or "off"' })
    .default('on')
    .transform((v) => v === 'on'),
  // Signs session cookies. `npm start` generates and keeps one when none is given.
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters long').optional(),
  // Whether visitors who are not signed in may read the dashboard.
  PUBLIC_READ: z
    .enum(['true', 'false'], { error: 'must be "true" or "false"' })
    .default('true')
    .transform((v) => v === 'true'),
  // Which proxies in front of the app may say who the client is (X-Forwarded-For/-Proto):
  // "false" (none: the socket's peer is the client), a number of hops, or their addresses.
  TRUST_PROXY: z
    .string()
    .optional()
    .transform((v, ctx): TrustProxy => {
      const parsed = parseTrustProxy(v);
      if (typeof parsed === 'string') {
        ctx.addIssue({ code: 'custom', message: parsed });
        return z.NEVER;
      }
      return parsed;
    }),
});

export type Settings = z.infer<typeof settingsSchema>;

export class SettingsError extends Error {
  constructor(readonly problems: { setting: string; message: string }[]) {
    super(
      `Invalid settings:\n${problems.map((p) => `  ${p.setting}: ${p.message}`).join('\n')}\n` +
        'Fix them in the environment or in .env (see README, "Settings").',
    );
    this.name = 'SettingsError';
  }
}

/** Empty strings count as unset, as they do in most .env files. */
export function parseSettings(source: Record<string, string | undefined>): Settings {
  const cleaned = Object.fromEntries(
    Object.keys(settingsSchema.shape).map((k) => [k, source[k] === '' ? undefined : source[k]]),
  );
  const result = settingsSchema.safeParse(cleaned);
  if (!result.success) {
    throw new SettingsError(
      result.error.issues.map((issue) => ({
        setting: String(issue.path[0] ?? '?'),
        message: `${issue.message} (got ${JSON.stringify(cleaned[String(issue.path[0])])})`,
      })),
    );
  }
  return result.data;
}

let cached: Settings | undefined;

export function settings(): Settings {
  cached ??= parseSettings(process.env);
  return cached;
}

/** `file:./x.db` → absolute path against the working directory, so it is never ambiguous. */
/**
 * The store file whose folder holds the generated session secret (lib/cli/session-secret.ts):
 * the SQLite store's own, or for a PostgreSQL store the default one's (prisma/data).
 */
export function secretHome(url: string): string {
  return databaseFile(/^postgres(?:ql)?:\/\//i.test(url) ? DEFAULT_DATABASE_URL : url);
}

export function databaseFile(url: string, cwd = process.cwd()): string {
  const file = url.replace(/^file:/, '');
  return path.isAbsolute(file) ? file : path.resolve(cwd, file);
}
