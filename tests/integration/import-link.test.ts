/**
 * "Import a link" over real HTTP against a local server this test starts (loopback only; the
 * machines that run the tests reach no news site). The pages are written for this test.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createSession } from '@/lib/auth/sessions';
import { type FetchFailure, FetchPageError, fetchPage } from '@/lib/import/fetch-page';
import { importLink } from '@/lib/import/import-link';
import { createUser } from '@/lib/users/mutations';
import { request } from './helpers/request-context';
import { createTestDb } from './helpers/test-db';

const SECRET = 'import-link-secret-'.padEnd(40, 'x');
vi.mock('next/headers', () => import('./helpers/request-context').then((m) => m.nextHeaders));
vi.mock('next/cache', () => import('./helpers/request-context').then((m) => m.nextCache));

const PARAGRAPHS = [
  'Des hommes armés ont attaqué mardi soir un poste de police à Mirebalais, dans le Centre, selon un communiqué de la police publié mercredi.',
  'Deux policiers ont été blessés par balle et transportés à l’hôpital de la ville, a précisé le porte-parole, qui n’a pas donné d’autre bilan.',
  'Les habitants du quartier ont fui vers la route nationale 3 pendant la nuit, selon des témoins joints par téléphone.',
  'La police dit avoir repris le contrôle du poste jeudi matin avec l’appui d’une unité spécialisée venue de la capitale.',
];

const ARTICLE = `<!doctype html>
<html lang="fr-HT"><head>
<meta charset="utf-8">
<title>Attaque contre le poste de Mirebalais | La Gazette du Plateau</title>
<meta property="og:title" content="Attaque contre le poste de police de Mirebalais">
<meta property="og:site_name" content="La Gazette du Plateau">
<meta property="article:published_time" content="2025-03-05T21:40:00-05:00">
</head><body>
<nav><a href="/">Accueil</a> <a href="/sport">Sport</a> <a href="/culture">Culture</a></nav>
<header><p>Abonnez-vous à notre lettre quotidienne</p></header>
<main><article>
<h1>Attaque contre le poste de police de Mirebalais</h1>
${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n')}
</article></main>
<footer><p>© La Gazette du Plateau. Tous droits réservés.</p><ul><li>Contact</li><li>Publicité</li></ul></footer>
</body></html>`;

let server: Server;
let base: string;
let port: number;

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const hops = Number(url.searchParams.get('hops') ?? 0);
    switch (url.pathname) {
      case '/article':
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(ARTICLE);
        return;
      case '/redirect':
        res.writeHead(302, {
          location: hops > 1 ? `/redirect?hops=${hops - 1}` : '/article',
        });
        res.end();
        return;
      case '/to-address':
        // A public-looking name first, then the loopback address itself.
        res.writeHead(301, { location: `http://127.0.0.1:${port}/article` });
        res.end();
        return;
      case '/pdf':
        res.writeHead(200, { 'content-type': 'application/pdf' });
        res.end('%PDF-1.4');
        return;
      case '/huge':
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end(`<html><body><p>${'x'.repeat(6 * 2 ** 20)}</p></body></html>`);
        return;
      case '/bomb':
        res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
        res.end(zlib.gzipSync(Buffer.alloc(40 * 2 ** 20, 32)));
        return;
      case '/slow':
        res.writeHead(200, { 'content-type': 'text/html' });
        res.write('<html><body><p>');
        return; // never ends
      case '/index':
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end('<html><body><nav><a href="/a">A</a> <a href="/b">B</a></nav></body></html>');
        return;
      default:
        res.writeHead(404, { 'content-type': 'text/html' });
        res.end('<p>Not found</p>');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  base = `http://localhost:${port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

/** The tests' server is on loopback: only the name "localhost" is allowed to be local. */
const LOCAL = { allowHosts: ['localhost'], timeoutMs: 5000 };

async function failure(promise: Promise<unknown>): Promise<FetchFailure> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof FetchPageError) return error.failure;
    throw error;
  }
  throw new Error('expected the fetch to fail');
}

describe('importing a link', () => {
  it('fills the title, outlet, address, date, language and text from the page', async () => {
    const article = await importLink(`${base}/article`, LOCAL);
    expect(article.title).toBe('Attaque contre le poste de police de Mirebalais');
    expect(article.outlet).toBe('La Gazette du Plateau');
    expect(article.url).toBe(`${base}/article`);
    // The day as the page wrote it, in its own time zone (21:40 in Haiti is already the 6th in UTC).
    expect(article.publishedAt).toBe('2025-03-05');
    expect(article.language).toBe('fr');
    expect(article.text).toContain(`${PARAGRAPHS[0]}\n\n${PARAGRAPHS[1]}`);
    expect(article.text).toContain(PARAGRAPHS[3]);
    for (const chrome of ['Accueil', 'Abonnez-vous', 'Tous droits réservés', 'Publicité'])
      expect(article.text).not.toContain(chrome);
    expect(article.truncated).toBe(false);
  });

  it('follows a few redirects, and refuses more', async () => {
    const page = await fetchPage(`${base}/redirect?hops=3`, { ...LOCAL, maxRedirects: 3 });
    expect(page.url).toBe(`${base}/article`);
    expect(await failure(fetchPage(`${base}/redirect?hops=4`, { ...LOCAL, maxRedirects: 3 }))).toBe(
      'too_many_redirects',
    );
  });

  it('refuses private and local addresses, by name or by number, and after a redirect', async () => {
    // Nothing allowed: the name resolves to loopback, which the connection's lookup refuses.
    expect(await failure(fetchPage(`${base}/article`, { allowHosts: [] }))).toBe('forbidden_address');
    expect(await failure(fetchPage(`http://127.0.0.1:${port}/article`, { allowHosts: [] }))).toBe(
      'forbidden_address',
    );
    expect(await failure(fetchPage(`http://[::1]:${port}/article`, { allowHosts: [] }))).toBe(
      'forbidden_address',
    );
    expect(await failure(fetchPage('http://169.254.169.254/latest/meta-data/', {}))).toBe(
      'forbidden_address',
    );
    expect(await failure(fetchPage('http://10.0.0.1/', {}))).toBe('forbidden_address');
    // "localhost" is allowed; the address it redirects to is not.
    expect(await failure(fetchPage(`${base}/to-address`, LOCAL))).toBe('forbidden_address');
  });

  it('refuses what is not http(s), and addresses with credentials', async () => {
    for (const link of ['ftp://example.org/a', 'file:///etc/passwd', 'javascript:alert(1)', 'not a link'])
      expect(await failure(fetchPage(link, LOCAL))).toBe('bad_url');
    expect(await failure(fetchPage(`http://user:secret@localhost:${port}/article`, LOCAL))).toBe('bad_url');
  });

  it('reads only HTML, within the size and time limits', async () => {
    expect(await failure(fetchPage(`${base}/pdf`, LOCAL))).toBe('not_html');
    expect(await failure(fetchPage(`${base}/huge`, { ...LOCAL, maxBytes: 5 * 2 ** 20 }))).toBe('too_large');
    // 40 MB of spaces compressed to ~40 KB: stopped at the limit while unpacking.
    expect(await failure(fetchPage(`${base}/bomb`, { ...LOCAL, maxBytes: 5 * 2 ** 20 }))).toBe('too_large');
    expect(await failure(fetchPage(`${base}/slow`, { ...LOCAL, timeoutMs: 300 }))).toBe('timeout');
    expect(await failure(fetchPage(`${base}/missing`, LOCAL))).toBe('http_status');
  });

  it('says so when a page holds no article', async () => {
    await expect(importLink(`${base}/index`, LOCAL)).rejects.toThrow(/No article text/);
  });

  it('fails with a sentence when nothing answers', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const free = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    expect(await failure(fetchPage(`http://localhost:${free}/`, LOCAL))).toBe('unreachable');
  });
});

describe('the import server action', () => {
  const tokens: Record<'editor' | 'viewer', string> = { editor: '', viewer: '' };
  const form = (link: string) => {
    const data = new FormData();
    data.set('link', link);
    return data;
  };

  beforeAll(async () => {
    const { url, sql } = await createTestDb();
    process.env.DATABASE_URL = url;
    process.env.SESSION_SECRET = SECRET;
    // Read by the action through settings(), which is read once per process: set before any call.
    process.env.IMPORT_ALLOW_HOSTS = 'localhost';
    for (const role of ['editor', 'viewer'] as const) {
      const userId = await createUser(sql, {
        input: { email: `${role}@import.test`, name: role, role, password: `${role} import password` },
        actorId: null,
      });
      tokens[role] = (await createSession(sql, { secret: SECRET, userId })).token;
    }
  });

  it("fills an editor's form with the article, storing nothing", async () => {
    const { importLinkAction } = await import('@/lib/reports/import-actions');
    request.token = tokens.editor;
    const state = await importLinkAction({}, form(`  ${base}/redirect?hops=1 `));
    expect(state).toMatchObject({
      ok: true,
      filled: 1,
      values: {
        title: 'Attaque contre le poste de police de Mirebalais',
        outlet: 'La Gazette du Plateau',
        url: `${base}/article`,
        publishedAt: '2025-03-05',
      },
    });
    expect(state.values?.text).toContain(PARAGRAPHS[2]);
    expect(state.message).toMatch(/Imported from La Gazette du Plateau: .* in French\. Check the fields/);
  });

  it('answers a page it cannot read with a sentence under the field, the link kept', async () => {
    const { importLinkAction } = await import('@/lib/reports/import-actions');
    request.token = tokens.editor;
    const link = `http://127.0.0.1:${port}/article`;
    const state = await importLinkAction({}, form(link));
    expect(state.ok).toBeUndefined();
    expect(state.errors?.link?.[0]).toMatch(/private or local address/);
    expect(state.values).toEqual({ url: link });
    expect((await importLinkAction({}, form(''))).errors?.link).toEqual(['Paste the address of an article.']);
  });

  it('refuses a viewer and a visitor', async () => {
    const { importLinkAction } = await import('@/lib/reports/import-actions');
    request.token = tokens.viewer;
    expect(await importLinkAction({}, form(`${base}/article`))).toMatchObject({ denied: 'forbidden' });
    request.token = undefined;
    expect(await importLinkAction({}, form(`${base}/article`))).toMatchObject({ denied: 'unauthenticated' });
  });
});
