// The demo OpenID provider's people (scripts/oidc-demo.mjs), one per role of portal.yaml's demo teams. Public like
// the sandbox's users: the console's sign-in page names them in sandbox mode, the e2e tests sign in as them.
// Plain data, so the provider (plain Node), the sign-in page and the tests share one list.

export const DEMO_PASSWORD = 'portal';

export const DEMO_USERS = [
  { key: 'ada', sub: 'ada', email: 'ada@portal.test', name: 'Ada Lovelace', groups: ['platform-admins'], role: 'platform admin' },
  { key: 'ben', sub: 'ben', email: 'ben@portal.test', name: 'Ben Bitdiddle', groups: ['analytics-admins'], role: 'team admin of “analytics”' },
  { key: 'cy', sub: 'cy', email: 'cy@portal.test', name: 'Cy D. Fect', groups: ['analytics-members'], role: 'member of “analytics”' },
  { key: 'dee', sub: 'dee', email: 'dee@portal.test', name: 'Dee Rivers', groups: ['streaming-viewers'], role: 'viewer of “streaming”' },
];
