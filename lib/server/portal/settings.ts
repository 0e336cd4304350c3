// Portal mode's teams file, read once per process from PORTAL_CONFIG and checked (lib/portal/config.ts). A broken
// file stops start-up (instrumentation-node.ts) with the line named; it is never re-read while running, so what the
// admin page shows is what the server enforces.
import 'server-only';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError, getConfig, type PortalSettings } from '@/lib/server/config';
import { membershipOf, parsePortalConfig, PortalConfigError, type PortalConfig } from '@/lib/portal/config';
import type { Membership } from '@/lib/portal/policy';
import type { ConsoleSession } from '@/lib/server/session';

type Loaded = { settings: PortalSettings; config: PortalConfig; text: string; file: string };
const globalPortal = globalThis as typeof globalThis & { __consolePortalConfig?: Loaded };

/** The teams file of portal mode; throws a ConfigError naming the file and line when it is missing or wrong. */
export function portalConfig(): Loaded {
  const settings = getConfig().portal;
  if (!settings) throw new Error('portalConfig() outside portal mode.');
  if (globalPortal.__consolePortalConfig?.settings.configPath !== settings.configPath) {
    const file = path.relative(process.cwd(), settings.configPath) || settings.configPath;
    let text: string;
    try {
      text = readFileSync(settings.configPath, 'utf8');
    } catch {
      throw new ConfigError(`PORTAL_CONFIG: cannot read the teams file ${file}.`);
    }
    try {
      globalPortal.__consolePortalConfig = { settings, config: parsePortalConfig(text, file), text, file };
    } catch (error) {
      if (error instanceof PortalConfigError) throw new ConfigError(`PORTAL_CONFIG: ${error.message}`);
      throw error;
    }
  }
  return globalPortal.__consolePortalConfig;
}

export function isPortalMode(): boolean {
  return getConfig().auth === 'oidc';
}

/** The person's roles, from their groups and the teams file as loaded. */
export function membershipOfSession(session: ConsoleSession): Membership {
  return membershipOf(portalConfig().config, session.groups);
}

/** For tests that switch teams files. */
export function resetPortalConfigForTests(): void {
  globalPortal.__consolePortalConfig = undefined;
}
