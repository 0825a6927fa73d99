/**
 * The servers' log lines: JSON with the level by name and an ISO time, quiet below LOG_LEVEL,
 * secrets censored even when logged by mistake; and an error Next reports is tied to its request.
 */
import { describe, expect, it } from 'vitest';
import { createLogger, type LogLevel } from '@/lib/ops/log';
import { requestErrorFields } from '@/lib/ops/request-error';

function capture(level: LogLevel) {
  const lines: Record<string, unknown>[] = [];
  const log = createLogger({ level, destination: { write: (text: string) => lines.push(JSON.parse(text)) } });
  return { log, lines };
}

describe('server log', () => {
  it('writes JSON lines with level name, ISO time, pid and hostname', () => {
    const { log, lines } = capture('info');
    log.info({ port: 3000 }, 'Serving');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 'info', msg: 'Serving', port: 3000, pid: process.pid });
    expect(lines[0]?.time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(typeof lines[0]?.hostname).toBe('string');
  });

  it('leaves out what is below LOG_LEVEL', () => {
    const { log, lines } = capture('warn');
    log.info('quiet');
    log.warn('said');
    expect(lines.map((l) => l.msg)).toEqual(['said']);
  });

  it('censors cookies, authorization, passwords, headers and bodies logged by mistake', () => {
    const { log, lines } = capture('info');
    log.info({
      req: { headers: { cookie: 'hit_session=abc' }, body: 'password=hunter2' },
      password: 'hunter2',
    });
    log.info({ cookie: 'hit_session=abc', authorization: 'Bearer xyz' });
    const text = JSON.stringify(lines);
    for (const secret of ['hit_session=abc', 'hunter2', 'Bearer xyz']) expect(text).not.toContain(secret);
  });
});

describe('an error Next reports', () => {
  it('is logged with the request id, route and path, without query or headers', () => {
    const fields = requestErrorFields(
      {
        path: '/incidents/12?token=secret',
        method: 'GET',
        headers: { 'x-request-id': 'req-7', cookie: 'hit_session=abc' },
      },
      {
        routerKind: 'App Router',
        routePath: '/incidents/[id]',
        routeType: 'render',
        revalidateReason: undefined,
      },
    );
    expect(fields).toEqual({
      requestId: 'req-7',
      method: 'GET',
      route: '/incidents/[id]',
      routeType: 'render',
      path: '/incidents/12',
    });
  });
});
