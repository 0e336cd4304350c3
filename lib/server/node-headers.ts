// Node's header records (an IncomingMessage's, undici's answer's) as a WHATWG Headers: repeated headers stay
// repeated. One conversion for the API lane's requests and the upstream client's answers.
import 'server-only';

export function webHeaders(raw: Readonly<Record<string, string | string[] | undefined>>): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  return headers;
}
