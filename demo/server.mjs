// The demo console's server: the Agent Workspace replica (demo/dist), a console
// without an adapter (demo/acme) for console definitions, and a faithful fake of
// Zendesk's Help Center articles API behind the agent's session cookie.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { helpCenterResponse } from './help-center.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.csv': 'text/csv; charset=utf-8', '.md': 'text/markdown; charset=utf-8' };
const SESSION = 'demo-agent-session';

async function sendFile(res, path, headers = {}) {
  try {
    const body = await readFile(path);
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', ...headers });
    res.end(body);
    return true;
  } catch {
    return false;
  }
}

export async function startDemoServer({ port = 5178, host = '127.0.0.1' } = {}) {
  const dist = join(here, 'dist');
  await stat(join(dist, 'index.html')).catch(() => {
    throw new Error('demo/dist is missing: run `node demo/build.mjs` first');
  });
  const stats = { helpCenterRequests: 0 };
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    const path = decodeURIComponent(url.pathname);
    const cookie = `_zendesk_session=${SESSION}; Path=/; HttpOnly; SameSite=Lax`;
    if (path === '/') {
      res.writeHead(302, { location: `/agent/tickets/1001${url.search}` });
      return res.end();
    }
    if (path.startsWith('/api/v2/help_center/')) {
      stats.helpCenterRequests++;
      const authed = (req.headers.cookie ?? '').includes(`_zendesk_session=${SESSION}`);
      const { status, body } = helpCenterResponse(url, authed);
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
      return res.end(JSON.stringify(body));
    }
    if (path.startsWith('/agent/')) return void (await sendFile(res, join(dist, 'index.html'), { 'set-cookie': cookie }));
    const base = path.startsWith('/acme/') || path.startsWith('/kb/') ? here : dist;
    const file = normalize(join(base, path));
    if (file.startsWith(base) && (await sendFile(res, file, path.endsWith('.html') ? { 'set-cookie': cookie } : {}))) return;
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  await new Promise((resolve) => server.listen(port, host, resolve));
  const address = server.address();
  return { url: `http://${host}:${typeof address === 'object' && address ? address.port : port}`, stats, close: () => new Promise((r) => server.close(r)) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const s = await startDemoServer({ port: Number(process.argv[2] ?? 5178) });
  console.log(`demo console on ${s.url}/agent/tickets/1001`);
}
