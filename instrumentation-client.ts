// Runs in the browser before any of the console's own modules. zod 4 probes `new Function('')` when it creates
// its first object schema, to decide whether to compile parsers; under the console's CSP (no 'unsafe-eval')
// that probe is a reported violation on every page, so zod parses without compiling (fast enough here).
import { z } from 'zod';

z.config({ jitless: true });
