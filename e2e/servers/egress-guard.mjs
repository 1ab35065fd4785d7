// The suite's network guard. Chromium runs with --proxy-server pointing here, so
// every request that would leave the machine (any host but loopback, which Chromium
// never proxies) arrives here instead: it is refused and logged. Tests read the
// log at GET /__log and fail when anything is in it.
import { createServer } from 'node:http';

export async function startEgressGuard({ port = 0 } = {}) {
  const attempts = [];
  const server = createServer((req, res) => {
    if (req.url === '/__log') {
      res.writeHead(200, { 'content-type': 'application/json' });
      return res.end(JSON.stringify(attempts));
    }
    attempts.push({ time: Date.now(), method: req.method, url: req.url });
    res.writeHead(403, { 'content-type': 'text/plain' });
    res.end('blocked by the Deskmate test network guard');
  });
  // HTTPS goes through CONNECT: log the host and refuse the tunnel.
  server.on('connect', (req, socket) => {
    // Node leaves a CONNECT socket without an 'error' listener: Chromium resetting the refused
    // tunnel (ECONNRESET) would otherwise crash the whole test run.
    socket.on('error', () => undefined);
    attempts.push({ time: Date.now(), method: 'CONNECT', url: req.url });
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  return { port: address.port, attempts, close: () => new Promise((r) => server.close(r)) };
}
