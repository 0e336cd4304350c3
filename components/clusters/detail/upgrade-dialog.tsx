'use client';

import { useState, type FormEvent } from 'react';
import { NativeSelect } from '@/components/ui/native-select';
import { Alert, AlertDescription } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog, DialogFooter } from '@/components/ui/dialog';
import { Field } from '@/components/ui/field';
import { isApiError } from '@/lib/api/client';
import { ClusterChangedError, usePatchCluster } from '@/lib/api/clusters/mutations';
import type { ClusterResponse } from '@/lib/api/clusters/schema';

type UpgradeDialogProps = { cluster: ClusterResponse; open: boolean; onOpenChange: (open: boolean) => void };

function errorText(error: unknown): string {
  if (error instanceof ClusterChangedError) {
    const now = error.current.properties.dataPlatformVersion ?? 'unknown';
    return `Someone changed this cluster's version to ${now} after you opened this dialog. Check the versions offered now and confirm again.`;
  }
  if (isApiError(error)) return `The upgrade was not started. ${error.message}`;
  return 'The upgrade was not started. Something went wrong in the console; try again.';
}

function UpgradeForm({ cluster, onDone }: { cluster: ClusterResponse; onDone: () => void }) {
  // The cluster as the dialog opened it: the concurrency check compares against it.
  const [loaded, setLoaded] = useState(cluster);
  const versions = loaded.metadata.availableUpgradeVersions ?? [];
  const [version, setVersion] = useState(versions.at(-1) ?? '');
  const [confirming, setConfirming] = useState(false);
  const patch = usePatchCluster(cluster.id);
  const current = loaded.metadata.currentDataPlatformVersion ?? loaded.properties.dataPlatformVersion ?? 'its current version';

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!confirming) {
      setConfirming(true);
      return;
    }
    patch.mutate(
      { body: { properties: { dataPlatformVersion: version } }, loaded },
      {
        onSuccess: onDone,
        onError: (error) => {
          setConfirming(false);
          if (error instanceof ClusterChangedError) {
            setLoaded(error.current);
            setVersion(error.current.metadata.availableUpgradeVersions?.at(-1) ?? '');
          }
        },
      },
    );
  }

  return (
    <form onSubmit={submit} className="grid gap-4" noValidate>
      <fieldset disabled={patch.isPending} className="grid gap-4">
        <Field label="Upgrade to version" description={`The cluster runs ${current} now.`}>
          {(control) => (
            <NativeSelect
              {...control}
              value={version}
              onChange={(event) => {
                setVersion(event.target.value);
                setConfirming(false);
              }}
            >
              {versions.map((v) => (
                <option key={v} value={v}>
                  {v}
                </option>
              ))}
            </NativeSelect>
          )}
        </Field>
        {confirming ? (
          <Alert variant="warning">
            <AlertDescription>
              Upgrade {loaded.properties.name} from {current} to {version}? The platform updates the cluster and its node pools; it shows
              UPDATING until it is done and cannot be changed meanwhile. An upgrade cannot be undone.
            </AlertDescription>
          </Alert>
        ) : null}
        {patch.isError ? (
          <Alert role="alert" variant="destructive">
            <AlertDescription>{errorText(patch.error)}</AlertDescription>
          </Alert>
        ) : null}
      </fieldset>
      <DialogFooter>
        <Button variant="outline" onClick={onDone} disabled={patch.isPending}>
          Cancel
        </Button>
        <Button type="submit" disabled={!version || patch.isPending}>
          {patch.isPending ? 'Starting the upgrade…' : confirming ? `Confirm upgrade to ${version}` : 'Upgrade…'}
        </Button>
      </DialogFooter>
    </form>
  );
}

/** Pick one of the cluster's available upgrades, confirm, then PATCH its dataPlatformVersion. */
export function UpgradeDialog({ cluster, open, onOpenChange }: UpgradeDialogProps) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange} title={`Upgrade ${cluster.properties.name ?? 'cluster'}`}>
      <UpgradeForm cluster={cluster} onDone={() => onOpenChange(false)} />
    </Dialog>
  );
}
