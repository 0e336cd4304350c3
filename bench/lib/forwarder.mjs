#!/usr/bin/env node
// The floor of a BFF call, as issue 10 set its goals by: a bare Node server that forwards each GET with `fetch` to
// UPSTREAM (the caller's Authorization only) and returns the text unchanged. No session, no checks, no log. Run in a
// process of its own by bench/lib/stack.mjs (startForwarder), so that it pays what the console pays: a third process
// on the same cores.
import { createServer } from 'node:http';

const upstream = process.env.UPSTREAM;
const server = createServer(async (req, res) => {
  try {
    const answer = await fetch(`${upstream}${req.url}`, {
      headers: { authorization: req.headers.authorization ?? '', 'accept-encoding': 'identity' },
    });
    const text = await answer.text();
    res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' });
    res.end(text);
  } catch {
    res.writeHead(502).end();
  }
});
server.listen(Number(process.env.PORT), '127.0.0.1');
