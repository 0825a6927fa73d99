import type { NextConfig } from 'next';

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
    // A reviewed report travels to its server action whole: up to 100,000 characters of text
    // (400 KB as UTF-8) and up to 2,500 incidents with their claims and evidence. The densest
    // review we could write (1,519 incidents) was 0.9 MB, over half the 1 MB default.
    serverActions: { bodySizeLimit: '4mb' },
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
