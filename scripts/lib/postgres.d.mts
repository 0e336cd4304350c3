export declare const INSTALL_HINT: string;
/** Where to look (tests): PATH's directories, then `<debianRoot>/<version>/bin`. */
export type PostgresSearch = { searchPath?: string; debianRoot?: string };
export declare function findPostgresBin(search?: PostgresSearch): string | null;
export declare function startPostgres(options: { port: number; database?: string; startTimeoutMs?: number; search?: PostgresSearch }): Promise<{
  url: string;
  adminUrl: string;
  dir: string;
  exited: Promise<number | null>;
  stop: () => Promise<void>;
}>;
