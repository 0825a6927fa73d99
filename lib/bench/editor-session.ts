/**
 * A signed-in editor for the editors' pages: an editor account in the bench store and a session
 * for it, made the way sign-in makes one (lib/auth/sessions.ts), under the secret the bench
 * starts the server with. Returns the Cookie header value.
 */
import { randomBytes } from 'node:crypto';
import { createSession, SESSION_COOKIE } from '../auth/sessions';
import { openSqlConnection, writeTransaction } from '../store/write-connection';

export const BENCH_EDITOR = 'bench-editor@example.org';

export function benchSecret(): string {
  return randomBytes(32).toString('base64url');
}

export function editorCookie(file: string, secret: string): string {
  const sql = openSqlConnection(file);
  const token = writeTransaction(sql, () => {
    // No password signs this account in: the hash is not a valid argon2 string.
    sql
      .prepare(
        `INSERT INTO "User" (email, name, role, passwordHash) VALUES (?, 'Bench editor', 'editor', '!')
         ON CONFLICT(email) DO NOTHING`,
      )
      .run(BENCH_EDITOR);
    const { id } = sql.prepare('SELECT id FROM "User" WHERE email = ?').get(BENCH_EDITOR) as { id: number };
    return createSession(sql, { secret, userId: id, userAgent: 'bench' }).token;
  });
  return `${SESSION_COOKIE}=${token}`;
}
