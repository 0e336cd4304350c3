// A loopback HTTP proxy that only tunnels (CONNECT), like a corporate egress proxy. With `require`, it answers
// 407 to a CONNECT that lacks one of the given headers (values compared exactly).
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';

export type ConnectProxy = {
  url: string;
  /** `host:port` of each tunnel opened. */
  tunnels: string[];
  /** The headers of every CONNECT request received, refused ones included. */
  connects: IncomingHttpHeaders[];
  close: () => Promise<void>;
};

export async function startConnectProxy(require: Readonly<Record<string, string>> = {}): Promise<ConnectProxy> {
  const tunnels: string[] = [];
  const connects: IncomingHttpHeaders[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((_req, res) => res.writeHead(405).end());
  // Tunnels leave the HTTP server's bookkeeping: close() must cut them itself.
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('connect', (req, socket) => {
    connects.push(req.headers);
    const allowed = Object.entries(require).every(([name, value]) => req.headers[name.toLowerCase()] === value);
    if (!allowed) {
      socket.end('HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm="test"\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    tunnels.push(req.url ?? '');
    const [host, port] = (req.url ?? '').split(':');
    const upstream = connect(Number(port), host, () => {
      sockets.add(upstream);
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.pipe(socket);
      socket.pipe(upstream);
    });
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    tunnels,
    connects,
    close: async () => {
      server.closeAllConnections();
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
