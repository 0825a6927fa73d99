/**
 * The PostgreSQL schema is generated from prisma/schema.prisma, never edited by hand: the models
 * are the same on both stores, so a change made to one schema cannot be forgotten in the other
 * (tests/unit/postgres-schema.test.ts fails when the committed file is stale).
 *
 * What differs: the datasource provider, the generated client's folder (a client is generated
 * for one provider only), and indexes only PostgreSQL has. Regenerate with
 * `npm run db:postgres:generate`.
 */

/** Lines added inside a model's block, before its closing brace. */
const POSTGRES_ONLY: Record<string, string[]> = {
  Incident: [
    '',
    '  // PostgreSQL only: text search is `"searchText" LIKE \'%word%\'` over a trigram index (pg_trgm,',
    '  // created by the extensions migration); SQLite has an FTS5 table instead (lib/store/search-index.ts).',
    '  @@index([searchText(ops: raw("gin_trgm_ops"))], type: Gin, map: "Incident_searchText_trgm_idx")',
  ],
};

const HEADER = [
  '// GENERATED from prisma/schema.prisma by prisma/postgres/generate.ts: do not edit.',
  '// Change prisma/schema.prisma, then run `npm run db:postgres:generate`.',
  '',
];

function replaceOnce(text: string, pattern: RegExp, replacement: string): string {
  if (!pattern.test(text)) throw new Error(`prisma/schema.prisma no longer matches ${pattern}`);
  return text.replace(pattern, replacement);
}

/** The PostgreSQL schema for the given SQLite schema text. */
export function postgresSchemaFrom(sqliteSchema: string): string {
  let text = replaceOnce(sqliteSchema, /(datasource db \{\s*provider\s*=\s*)"sqlite"/, '$1"postgresql"');
  // The schema lives one folder deeper, and its client is a different one.
  text = replaceOnce(
    text,
    /(output\s*=\s*)"\.\.\/lib\/generated\/prisma"/,
    '$1"../../lib/generated/prisma-pg"',
  );
  for (const [model, lines] of Object.entries(POSTGRES_ONLY)) {
    const block = new RegExp(`(^model ${model} \\{\\n[\\s\\S]*?)(^\\}$)`, 'm');
    text = replaceOnce(text, block, `$1${lines.join('\n')}\n$2`);
  }
  return HEADER.join('\n') + text;
}
