/**
 * The app as the end-to-end tests see it: the production build (built when needed), served
 * by `npm start`'s own start-up path, against a database of its own created fresh each run.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';

const port = process.env.PORT ?? '3100';
const dbFile = path.resolve(__dirname, '..', '.tmp', `e2e-${port}`, 'haiti-e2e.db');
for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(dbFile + suffix, { force: true });
process.env.DATABASE_URL = `file:${dbFile}`;
process.env.MAP_TILE_URL = 'off';

import('../../lib/cli/start');
