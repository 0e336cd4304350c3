// Runs in the browser before any of the console's own modules: zod must parse without `new Function` under the
// CSP, and this sets that up without bundling zod into every page (lib/browser/zod-jitless.ts).
import { configureZodJitless } from '@/lib/browser/zod-jitless';

configureZodJitless();
