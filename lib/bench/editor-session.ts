/**
 * A signed-in editor for the editors' pages: an editor account in the bench store and a session
 * for it, made the way sign-in makes one (lib/auth/sessions.ts), under the secret the bench
 * starts the server with, in the store at `url` (a SQLite file or a PostgreSQL database, through
 * the app's own Sql interface). Returns the Cookie header value.
 */
import { randomBytes } from 'node:crypto';
import { createSession, SESSION_COOKIE } from '../auth/sessions';
import { sqlDateTime } from '../store/sql-values';
import { openStoreSql } from '../store/store-sql';

export const BENCH_EDITOR = 'bench-editor@example.org';

export function benchSecret(): string {
  return randomBytes(32).toString('base64url');
}

export async function editorCookie(url: string, secret: string): Promise<string> {
  const sql = await openStoreSql(url);
  try {
    const token = await sql.transaction(
      async (tx) => {
        // No password signs this account in: the hash is not a valid argon2 string.
        await tx.run(
          `INSERT INTO "User" ("email", "name", "role", "passwordHash", "createdAt")
           VALUES (?, 'Bench editor', 'editor', '!', ?) ON CONFLICT ("email") DO NOTHING`,
          [BENCH_EDITOR, sqlDateTime(new Date())],
        );
        const user = await tx.get<{ id: number }>('SELECT "id" FROM "User" WHERE "email" = ?', [
          BENCH_EDITOR,
        ]);
        if (!user) throw new Error(`${BENCH_EDITOR} was not stored`);
        return (await createSession(tx, { secret, userId: user.id, userAgent: 'bench' })).token;
      },
      { lockKeys: [`user:${BENCH_EDITOR}`] },
    );
    return `${SESSION_COOKIE}=${token}`;
  } finally {
    await sql.close();
  }
}
