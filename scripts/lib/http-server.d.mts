import type { IncomingMessage, Server, ServerResponse } from 'node:http';

export const SERVER_TIMEOUTS: {
  requestTimeoutMs: number;
  headersTimeoutMs: number;
  keepAliveTimeoutMs: number;
  checkIntervalMs: number;
};
export const API_HEADERS: Readonly<Record<string, string>>;
export const UNREAD_BODY_LINGER_MS: number;
export function isApiTarget(url: string): boolean;
export function malformedPath(url: string): boolean;
export function rawAnswer(status: number, errorCode: string, message: string, extra?: Record<string, string>): string;
export function createConsoleServer(
  handle: (req: IncomingMessage, res: ServerResponse) => unknown,
  options?: { trustProxy?: boolean; timeouts?: Partial<typeof SERVER_TIMEOUTS> },
): Server;
