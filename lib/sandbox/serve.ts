// `npm run sandbox`: the sandbox on http://127.0.0.1:$SANDBOX_PORT (default 4010).
// Env: SANDBOX_PORT, SANDBOX_PROVISION_SECONDS (20), SANDBOX_SEED (demo|empty),
// SANDBOX_FAULTS (JSON array of faults), SANDBOX_TOKEN_SECRET (tokens survive restarts),
// SANDBOX_EXTRA_USERS (JSON array of {email, password, role}), SANDBOX_KUBECONFIG_TOKEN_PREFIX,
// SANDBOX_CONTROL_TOKEN (the X-Sandbox-Control value /__sandbox requires; random and printed when unset).
import { readSandboxEnv } from '@/lib/sandbox/env';
import { startSandboxServer } from '@/lib/sandbox/server';
import { EXTRA_USERS, SANDBOX_PASSWORD, SANDBOX_USERS } from '@/lib/sandbox/users';

async function main(): Promise<void> {
  const options = readSandboxEnv();
  const server = await startSandboxServer(options);
  const { sandbox } = server;
  console.log(`Data Platform sandbox listening on ${server.url}`);
  console.log(`  seed: ${sandbox.seed}, provisioning takes ${sandbox.provisionSeconds}s (updates and deletions half)`);
  console.log(
    `  APIs: ${server.url}/dataplatform  ${server.url}/auth/v1  ${server.url}/cloudapi/v6  control: ${server.url}/__sandbox (header X-Sandbox-Control)`,
  );
  console.log(`  users (password "${SANDBOX_PASSWORD}"):`);
  console.log(`    ${SANDBOX_USERS.admin.email}     contract administrator`);
  console.log(`    ${SANDBOX_USERS.user.email}      member, sees the clusters he created`);
  console.log(`    ${SANDBOX_USERS.noaccess.email}  no "Manage Dataplatform" privilege (403)`);
  // Their passwords come from SANDBOX_EXTRA_USERS and are not printed (e2e uses canary values).
  for (const extra of EXTRA_USERS) console.log(`    ${extra.email}  extra ${extra.role} (SANDBOX_EXTRA_USERS)`);
  // A token given in the environment is the caller's to know; a generated one is printed, or nobody could use it.
  if (!options.controlToken) console.log(`[sandbox] control token: ${sandbox.controlToken}`);
  if (sandbox.faults.list().length > 0) console.log(`  faults: ${JSON.stringify(sandbox.faults.list())}`);

  const stop = () => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
