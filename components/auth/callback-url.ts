// Where to go after signing in: only a path of this console, never another origin (open redirect).
import { clustersHref } from '@/lib/routes';

/**
 * A path safeCallbackUrl accepted. The sign-in form takes only this type, so the page's check is the one the
 * browser relies on: the form's code then needs neither this module nor lib/routes (and the zod behind it).
 */
export type SafeCallbackUrl = string & { readonly safeCallbackUrl: true };

export const DEFAULT_CALLBACK_URL = clustersHref as SafeCallbackUrl;

const PROBE_ORIGIN = 'http://console.invalid';

/** The `callbackUrl` query parameter when it is a same-origin relative path, otherwise `/clusters`. */
export function safeCallbackUrl(raw: string | string[] | null | undefined): SafeCallbackUrl {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (!value || value.length > 2048) return DEFAULT_CALLBACK_URL;
  // One leading slash, no protocol-relative `//x`, no backslashes (`/\x` means `//x` to browsers),
  // no control characters (browsers drop tabs and newlines, turning `/\t/x` into `//x`).
  if (!value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return DEFAULT_CALLBACK_URL;
  if (/[\u0000-\u001f\u007f]/.test(value)) return DEFAULT_CALLBACK_URL;
  let url: URL;
  try {
    url = new URL(value, PROBE_ORIGIN);
  } catch {
    return DEFAULT_CALLBACK_URL;
  }
  if (url.origin !== PROBE_ORIGIN) return DEFAULT_CALLBACK_URL;
  // JSON routes and the sign-in page itself are no place to land after signing in.
  if (url.pathname.startsWith('/api/') || url.pathname === '/signin') return DEFAULT_CALLBACK_URL;
  // The checks above saw the raw value; dot-segment removal can still make `/..//x` (or `/%2e%2e//x`) into
  // the protocol-relative `//x`, so the path actually returned is checked again.
  const result = `${url.pathname}${url.search}${url.hash}`;
  if (result.startsWith('//') || result.startsWith('/\\')) return DEFAULT_CALLBACK_URL;
  return result as SafeCallbackUrl;
}
