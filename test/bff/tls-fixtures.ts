// Real TLS for the upstream tests: certificates made for the run with the openssl CLI (self-signed, P-256), and a
// loopback HTTPS upstream that answers, hangs or drops the connection on request.
import { X509Certificate } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import { createServer as createTcpServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export type TestCert = { key: string; cert: string; /** SHA-256, colon-separated hex as openssl prints it. */ fingerprint: string };

/** A self-signed certificate for the given subjectAltName entries (`DNS:x`, `IP:y`), valid `days` from now (-1: expired). */
export function makeCert(altNames: string[], days: number): TestCert {
  const dir = mkdtempSync(path.join(tmpdir(), 'console-tls-'));
  const file = (name: string) => path.join(dir, name);
  try {
    writeFileSync(file('ext.cnf'), `subjectAltName=${altNames.join(',')}\nbasicConstraints=critical,CA:TRUE\n`);
    const openssl = (...args: string[]) => execFileSync('openssl', args, { stdio: 'pipe' });
    openssl(
      'req',
      '-new',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:P-256',
      '-nodes',
      '-subj',
      '/CN=console-test',
      '-keyout',
      file('key.pem'),
      '-out',
      file('req.csr'),
    );
    openssl(
      'x509',
      '-req',
      '-in',
      file('req.csr'),
      '-signkey',
      file('key.pem'),
      '-days',
      String(days),
      '-extfile',
      file('ext.cnf'),
      '-out',
      file('cert.pem'),
    );
    const cert = readFileSync(file('cert.pem'), 'utf8');
    return { key: readFileSync(file('key.pem'), 'utf8'), cert, fingerprint: new X509Certificate(cert).fingerprint256 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export type TlsMode = 'answer' | 'hang' | 'drop';

export type TlsUpstream = {
  origin: string;
  /** The Authorization header of each request that got through the handshake (undefined: none sent). */
  authorizations: (string | undefined)[];
  setMode: (mode: TlsMode) => void;
  close: () => Promise<void>;
};

/** An HTTPS upstream on 127.0.0.1: 401 without credentials, 200 `{items: []}` with, or a hang, or a dropped socket. */
export async function startTlsUpstream(cert: TestCert): Promise<TlsUpstream> {
  const authorizations: (string | undefined)[] = [];
  let mode: TlsMode = 'answer';
  const server: Server = createServer({ key: cert.key, cert: cert.cert }, (req, res) => {
    authorizations.push(req.headers.authorization);
    if (mode === 'hang') return;
    if (mode === 'drop') {
      req.socket.destroy();
      return;
    }
    const status = req.headers.authorization ? 200 : 401;
    res.writeHead(status, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(status === 200 ? { items: [] } : { httpStatus: 401, messages: [{ errorCode: '401', message: 'Unauthorized' }] }));
  });
  // Handshakes refused by the client end in an error on the server side: expected here.
  server.on('tlsClientError', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `https://127.0.0.1:${(server.address() as AddressInfo).port}`,
    authorizations,
    setMode: (next) => {
      mode = next;
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A port on 127.0.0.1 that nothing listens on (bound, then released). */
export async function closedPort(): Promise<number> {
  return new Promise<number>((resolve) => {
    const server = createTcpServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
