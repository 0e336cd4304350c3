'use client';

import { usePolledQuery } from '@/lib/browser/polled-query';
import { useState } from 'react';
import { kubeconfigCurl, TOKEN_VARIABLE } from '@/components/portal/tokens/token-view';
import { CopySnippet } from '@/components/shared/copy-snippet';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { NativeSelect } from '@/components/ui/native-select';
import { clusterQueries } from '@/lib/api/clusters/queries';

/**
 * The secret of a token just created, shown this once: it lives only in the Tokens page's state (never in storage
 * or the URL) and is gone on "Done" or when the page is left. The server keeps only its hash.
 */
export function NewTokenSecret({ name, secret, onDone }: { name: string; secret: string; onDone: () => void }) {
  const clusters = usePolledQuery(clusterQueries.list());
  const [clusterId, setClusterId] = useState('');
  const items = clusters.data?.items ?? [];
  return (
    <section aria-labelledby="new-token-heading" className="grid gap-4 rounded-lg border border-amber-300 p-4 dark:border-amber-700">
      <h2 id="new-token-heading" className="text-lg font-semibold">
        Your new token “{name}”
      </h2>
      <Alert role="alert" variant="warning">
        <AlertTitle>Copy the token now: it is shown only this once</AlertTitle>
        <AlertDescription>
          <p>
            The console keeps only a hash of it and cannot show it again. Put it in your pipeline’s secret store; if it is lost or leaked, revoke it
            and create another.
          </p>
        </AlertDescription>
      </Alert>
      <CopySnippet text={secret} label="Access token" copyLabel="Copy token" />
      <div className="grid gap-2">
        <h3 className="font-semibold">Download a kubeconfig with it</h3>
        <p className="text-sm text-muted-foreground">
          With the token in the environment variable <code>{TOKEN_VARIABLE}</code>, a script reads a cluster’s kubeconfig like this:
        </p>
        {items.length > 0 ? (
          <Field label="Cluster in the example" className="max-w-sm">
            {(control) => (
              <NativeSelect {...control} value={clusterId} onChange={(event) => setClusterId(event.target.value)}>
                <option value="">Placeholder (&lt;cluster-id&gt;)</option>
                {items.map((cluster) => (
                  <option key={cluster.id} value={cluster.id}>
                    {cluster.properties.name}
                  </option>
                ))}
              </NativeSelect>
            )}
          </Field>
        ) : null}
        <CopySnippet text={kubeconfigCurl(window.location.origin, clusterId || undefined)} label="Example command" copyLabel="Copy command" />
      </div>
      <div>
        <Button onClick={onDone}>Done, I have stored it</Button>
      </div>
    </section>
  );
}
