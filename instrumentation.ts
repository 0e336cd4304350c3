// Runs once when the server starts. The Node.js part lives in its own module so the Edge bundle never sees it.
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') await import('./instrumentation-node');
}
