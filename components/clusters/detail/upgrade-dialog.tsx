'use client';

import { useState, type FormEvent } from 'react';
import { clusterFields } from '@/components/clusters/edit/edit-form';
import { ConflictPanel } from '@/components/forms/conflict-panel';
import { FormBanner } from '@/components/forms/form-banner';
import { useEditSubmit } from '@/components/forms/use-edit-submit';
import { NativeSelect } from '@/components/ui/native-select';
import { Alert, AlertDescription } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog, DialogFooter } from '@/components/ui/dialog';
import { Field } from '@/components/ui/field';
import { ClusterChangedError, usePatchCluster } from '@/lib/api/clusters/mutations';
import type { ClusterResponse } from '@/lib/api/clusters/schema';
import type { SubmitWords } from '@/lib/forms/submit-errors';
import { ExternalLink } from '@/components/shared/learn-more';
import { releaseNotesUrl } from '@/lib/stackable/docs';
import { isStackableRelease, releasesTakenIn } from '@/lib/stackable/releases';

type UpgradeDialogProps = { cluster: ClusterResponse; open: boolean; onOpenChange: (open: boolean) => void };

export const UPGRADE_ERRORS = {
  fieldOf: {},
  words: {
    failed: 'The upgrade was not started',
    forbidden: 'You don’t have permission to change this cluster',
    gone: 'This cluster no longer exists',
    mayHave: 'The upgrade may still have been started',
    recheck: 'Check the cluster before you try again.',
    signedOut: 'Sign in again, then start the upgrade again.',
  } satisfies SubmitWords,
};

const listed = (items: string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);

/** The target release's notes, and every release in between when the upgrade jumps several at once. */
function UpgradeReleaseNotes({ from, to }: { from: string | undefined; to: string }) {
  const taken = from ? releasesTakenIn(from, to) : [];
  if (taken.length > 1) {
    return (
      <div className="grid gap-1 text-sm">
        <p>
          This upgrade jumps {taken.length} releases at once ({listed(taken)}): each one&apos;s changes apply. Read their release notes before you
          upgrade:
        </p>
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          {taken.map((release) => (
            <li key={release}>
              <ExternalLink href={releaseNotesUrl(release)}>Release notes {release}</ExternalLink>
            </li>
          ))}
        </ul>
      </div>
    );
  }
  if (!isStackableRelease(to)) return null;
  return (
    <p className="text-sm">
      <ExternalLink href={releaseNotesUrl(to)}>Release notes {to}</ExternalLink> (Stackable documentation)
    </p>
  );
}

type UpgradeFormProps = { loaded: ClusterResponse; onDone: () => void; onReload: (current: ClusterResponse) => void };

function UpgradeForm({ loaded, onDone, onReload }: UpgradeFormProps) {
  const versions = loaded.metadata.availableUpgradeVersions ?? [];
  const [version, setVersion] = useState(versions.at(-1) ?? '');
  const [confirming, setConfirming] = useState(false);
  const patch = usePatchCluster(loaded.id);
  const currentVersion = loaded.metadata.currentDataPlatformVersion ?? loaded.properties.dataPlatformVersion;
  const current = currentVersion ?? 'its current version';
  const edit = useEditSubmit({
    patch,
    loaded,
    isConflict: (error): error is ClusterChangedError => error instanceof ClusterChangedError,
    onSaved: onDone,
    errors: UPGRADE_ERRORS,
    onFailed: () => setConfirming(false),
  });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!confirming) {
      setConfirming(true);
      return;
    }
    edit.submit({ properties: { dataPlatformVersion: version } });
  }

  return (
    <form onSubmit={onSubmit} className="grid gap-4" noValidate>
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
        <UpgradeReleaseNotes from={currentVersion} to={version} />
        {confirming && !edit.conflict ? (
          <Alert variant="warning">
            <AlertDescription>
              Upgrade {loaded.properties.name} from {current} to {version}? The platform updates the cluster and its node pools; it shows UPDATING
              until it is done and cannot be changed meanwhile. An upgrade cannot be undone.
            </AlertDescription>
          </Alert>
        ) : null}
        <ConflictPanel subject="cluster" fields={clusterFields} edit={edit} busy={patch.isPending} onReload={onReload} />
        {edit.banner ? <FormBanner banner={edit.banner} /> : null}
      </fieldset>
      <DialogFooter>
        <Button variant="outline" onClick={onDone} disabled={patch.isPending}>
          Cancel
        </Button>
        <Button type="submit" disabled={!version || patch.isPending || Boolean(edit.conflict)}>
          {patch.isPending ? 'Starting the upgrade…' : confirming ? `Confirm upgrade to ${version}` : 'Upgrade…'}
        </Button>
      </DialogFooter>
    </form>
  );
}

// The cluster as the dialog opened it (the baseline of the concurrency check); after a conflict, as it is now.
function UpgradeBody({ cluster, onDone }: { cluster: ClusterResponse; onDone: () => void }) {
  const [loaded, setLoaded] = useState({ cluster, version: 0 });
  return (
    <UpgradeForm
      key={loaded.version}
      loaded={loaded.cluster}
      onDone={onDone}
      onReload={(current) => setLoaded({ cluster: current, version: loaded.version + 1 })}
    />
  );
}

/** Pick one of the cluster's available upgrades, confirm, then PATCH its dataPlatformVersion. */
export function UpgradeDialog({ cluster, open, onOpenChange }: UpgradeDialogProps) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange} title={`Upgrade ${cluster.properties.name ?? 'cluster'}`}>
      <UpgradeBody cluster={cluster} onDone={() => onOpenChange(false)} />
    </Dialog>
  );
}
