/**
 * `npm run build`: the production build, stamped with its sources' fingerprint, so that
 * `npm start` on any machine holding the same sources serves it rather than building again
 * (README, "Several app servers": build once, ship the same build to every server).
 */
import { buildApp } from './build-if-needed';

try {
  buildApp();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
