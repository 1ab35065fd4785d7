// An organisation's model mirror for the e2e suite: serves the project's own
// bundled models under other names (/models/org-sentiment/…, /models/org-abuse/…, /models/org-embed/…),
// as a Hugging Face-layout HTTP folder, and counts what was fetched.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const models = fileURLToPath(new URL('../../public/models/', import.meta.url));
const ALIASES = { 'org-sentiment': 'deskmate-sentiment', 'org-abuse': 'deskmate-abuse', 'org-embed': 'deskmate-embed' };

export async function startModelMirror({ port = 0 } = {}) {
  const served = [];
  const server = createServer(async (req, res) => {
    const m = /^\/models\/([^/]+)\/(.+)$/.exec(new URL(req.url ?? '/', 'http://x').pathname);
    const real = m && ALIASES[m[1]];
    const file = real ? normalize(join(models, real, m[2])) : null;
    if (!file || !file.startsWith(models)) {
      res.writeHead(404).end();
      return;
    }
    try {
      const body = await readFile(file);
      served.push(`${m[1]}/${m[2]}`);
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': body.length, 'access-control-allow-origin': '*' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}/models/`, served, close: () => new Promise((r) => server.close(r)) };
}
