'use client';

import { useCallback, useState } from 'react';
import { isBffError } from '@/lib/api/client';
import { downloadKubeconfig, type KubeconfigFormat } from '@/lib/api/kubeconfig/download';

export type KubeconfigOutcome = { kind: 'saved'; fileName: string } | { kind: 'error'; message: string } | null;

/** Saving a cluster's kubeconfig from a page: which format is on its way, and what came of the last attempt. */
export function useKubeconfigDownload(clusterId: string, clusterName: string | undefined) {
  const [busy, setBusy] = useState<KubeconfigFormat | null>(null);
  const [outcome, setOutcome] = useState<KubeconfigOutcome>(null);

  const download = useCallback(
    async (format: KubeconfigFormat) => {
      setBusy(format);
      setOutcome(null);
      try {
        const fileName = await downloadKubeconfig({ clusterId, clusterName, format });
        setOutcome({ kind: 'saved', fileName });
      } catch (error) {
        // A 401 is already on its way to sign-in; anything else is said here, specifically.
        if (isBffError(error) && error.status === 401) return;
        const message = isBffError(error) ? error.message : 'The file could not be saved.';
        setOutcome({ kind: 'error', message: `The kubeconfig could not be downloaded. ${message}` });
      } finally {
        setBusy(null);
      }
    },
    [clusterId, clusterName],
  );

  return { busy, outcome, download };
}
