import type { NextConfig } from 'next';
import { MAX_ACTION_BODY_BYTES } from './lib/http/action-limits';

const securityHeaders = [
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
];

const nextConfig: NextConfig = {
  // A second build directory lets two test runs (or a test run and a dev server) coexist.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // The native SQLite driver must be loaded by Node at run time, not bundled.
  serverExternalPackages: ['better-sqlite3', '@prisma/adapter-better-sqlite3', '@node-rs/argon2'],
  poweredByHeader: false,
  // Type checking is its own step (npm run typecheck, run by CI before the tests); the build
  // need not repeat it, which keeps the first `npm start` on a fresh machine quicker.
  typescript: { ignoreBuildErrors: true },
  experimental: {
    // One stated limit, with its reasoning, in lib/http/action-limits.ts; proxy.ts refuses a
    // larger request with 413 and a message before Next reads it (Next itself would answer 500).
    serverActions: { bodySizeLimit: MAX_ACTION_BODY_BYTES },
  },
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      // JSON and files need no scripts at all. Pages get their nonce policy from proxy.ts.
      {
        source: '/api/:path*',
        headers: [{ key: 'Content-Security-Policy', value: "default-src 'none'; frame-ancestors 'none'" }],
      },
    ];
  },
};

export default nextConfig;
