export function loadEnvFiles(dir: string, options?: { dev?: boolean }): string[];
export type Settings = {
  mode: 'sandbox' | 'live';
  port: string;
  host: string | undefined;
  sandboxPort: string;
  publicUrl: string;
  childEnv: Record<string, string>;
};
export function resolveSettings(env: Readonly<Record<string, string | undefined>>): Settings;
