// The one error envelope of the IONOS APIs: {"httpStatus": N, "messages": [{"errorCode", "message"}]}.
// Handlers throw SandboxError; the route wrappers turn it (and anything unexpected) into a response.
import { HttpResponse } from 'msw';
import type { z } from 'zod';
import type { ErrorMessage } from '@/lib/shared/http';

export class SandboxError extends Error {
  readonly status: number;
  readonly messages: ErrorMessage[];
  readonly headers: Record<string, string>;

  constructor(status: number, messages: ErrorMessage[], headers: Record<string, string> = {}) {
    super(messages.map((m) => m.message).join('; '));
    this.status = status;
    this.messages = messages;
    this.headers = headers;
  }

  static of(status: number, errorCode: string, message: string | string[], headers?: Record<string, string>): SandboxError {
    const list = Array.isArray(message) ? message : [message];
    return new SandboxError(
      status,
      list.map((m) => ({ errorCode, message: m })),
      headers,
    );
  }
}

export const badRequest = (message: string | string[]) => SandboxError.of(400, 'VALIDATION_FAILED', message);
export const notFound = (message: string) => SandboxError.of(404, 'NOT_FOUND', message);
export const conflict = (message: string) => SandboxError.of(409, 'CONFLICT', message);

export function errorResponse(status: number, messages: ErrorMessage[], headers: Record<string, string> = {}): Response {
  return HttpResponse.json({ httpStatus: status, messages }, { status, headers });
}

export function apiErrorResponse(error: unknown): Response {
  if (error instanceof SandboxError) return errorResponse(error.status, error.messages, error.headers);
  console.error('[sandbox] unexpected error', error);
  return errorResponse(500, [{ errorCode: 'INTERNAL_ERROR', message: 'The sandbox failed unexpectedly.' }]);
}

/** `properties.lans.0.lanId`: dot paths, the form react-hook-form uses for field names. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? 'body' : path.map(String).join('.');
}

/** One message per problem, each starting with the offending field's path. */
export function zodMessages(error: z.ZodError, prefix: readonly PropertyKey[] = []): ErrorMessage[] {
  return error.issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        errorCode: 'VALIDATION_FAILED',
        message: `${fieldPath([...path, key])}: Unknown field.`,
      }));
    }
    const missing = issue.code === 'invalid_type' && issue.message.endsWith('received undefined');
    return [{ errorCode: 'VALIDATION_FAILED', message: `${fieldPath(path)}: ${missing ? 'Required.' : issue.message}` }];
  });
}

export function validationError(error: z.ZodError, prefix: readonly PropertyKey[] = []): SandboxError {
  return new SandboxError(400, zodMessages(error, prefix));
}
