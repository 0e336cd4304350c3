// Runs once when the server starts. The Node.js part lives in its own module so the Edge bundle never sees it.
import type { Instrumentation } from 'next';

export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') await import('./instrumentation-node');
}

// A request that failed inside Next (render, route handler, proxy) as one JSON log line; see lib/server/console-errors.ts.
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { reportRequestError } = await import('./lib/server/console-errors');
  reportRequestError(error, request, context);
};
