export declare const DEMO_CLIENT_ID: string;
export declare const DEMO_CLIENT_SECRET: string;
export declare const DEMO_SCOPES: string[];
export declare function demoConsoleUrls(env: Readonly<Record<string, string | undefined>>): string[];
export declare function demoClient(consoleUrls: string[]): {
  client_id: string;
  client_secret: string;
  client_name: string;
  redirect_uris: string[];
  post_logout_redirect_uris: string[];
  grant_types: string[];
  response_types: string[];
  token_endpoint_auth_method: string;
};
export declare function findDemoUser(email: string, password: string): import('./oidc-demo-users.mjs').DemoUser | undefined;
export declare function startOidcDemo(options: { port: number; consoleUrls: string[] }): Promise<{ issuer: string; close: () => Promise<void> }>;
