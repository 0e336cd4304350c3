'use client';

import { useState } from 'react';
import { DetailPanel } from '@/components/clusters/detail/detail-panel';
import { GettingStartedProduct } from '@/components/clusters/detail/getting-started-product';
import { ExternalLink } from '@/components/shared/learn-more';
import { Tabs, TabsContent, TabsList, TabsTrigger } from '@/components/ui/tabs';
import type { ClusterResponse } from '@/lib/api/clusters/schema';
import type { ResourceState } from '@/lib/api/common/schema';
import { stateLabel } from '@/lib/format/state';
import { IONOS_DOCS, ionosOnStackableUrl, listenerClassesUrl } from '@/lib/stackable/docs';
import { PRODUCT_LABELS, productGuide } from '@/lib/stackable/guide';
import { isStackableRelease, PRODUCT_IDS, RELEASES, STACKABLE_RELEASES, type ProductId, type StackableRelease } from '@/lib/stackable/releases';

const HEADING_ID = 'getting-started-heading';
const HEADING = 'Getting started with Stackable';
// A cluster that never came up or is going away gets no panel: nothing can be deployed on it.
const HIDDEN_STATES: ReadonlySet<ResourceState> = new Set(['FAILED', 'DESTROYING', 'FAILED_DESTROYING', 'TERMINATED']);

function ReleaseGuide({ release }: { release: StackableRelease }) {
  const [product, setProduct] = useState<ProductId>('kafka');
  const facts = RELEASES[release];
  return (
    <>
      <p className="text-sm">
        Data Platform {release} is Stackable release {release}. Its operators, each at version {facts.operatorVersion}:{' '}
        <span className="text-muted-foreground">{facts.operators.join(', ')}</span>.
      </p>
      <p className="text-sm text-muted-foreground">
        IONOS does not document which of them it installs; list the Stackable resources the cluster knows with{' '}
        <code className="font-mono">kubectl api-resources | grep stackable.tech</code>. Deploy into the <code className="font-mono">default</code>{' '}
        namespace, on a node pool of your own (the operators&apos; pool is reserved for them).
      </p>
      <Tabs value={product} onValueChange={(value) => setProduct(value as ProductId)}>
        <TabsList aria-label="Product" className="flex-wrap">
          {PRODUCT_IDS.map((id) => (
            <TabsTrigger key={id} value={id} className="flex-none">
              {PRODUCT_LABELS[id]}
            </TabsTrigger>
          ))}
        </TabsList>
        {PRODUCT_IDS.map((id) => (
          <TabsContent key={id} value={id}>
            {id === product ? <GettingStartedProduct guide={productGuide(release, id)} release={release} /> : null}
          </TabsContent>
        ))}
      </Tabs>
      <ul className="grid gap-1 text-sm">
        <li>
          <ExternalLink href={ionosOnStackableUrl(release)}>IONOS Managed Stackable, Stackable {release} documentation</ExternalLink>
        </li>
        <li>
          <ExternalLink href={listenerClassesUrl(release)}>Listener classes: reaching services from outside</ExternalLink>
        </li>
      </ul>
    </>
  );
}

/**
 * What to do once the cluster is available: its Stackable release's operators and a first deployment per product,
 * for the release the cluster runs (lib/stackable).
 */
export function GettingStarted({ cluster }: { cluster: ClusterResponse }) {
  const state = cluster.metadata.state;
  if (state && HIDDEN_STATES.has(state)) return null;
  const version = cluster.metadata.currentDataPlatformVersion ?? cluster.properties.dataPlatformVersion;
  let body;
  if (state !== 'AVAILABLE') {
    body = (
      <p className="text-sm text-muted-foreground">
        Offered once the cluster is available: deployments need its kubeconfig and its running Stackable operators. It is{' '}
        {stateLabel(state).toLowerCase()} now.
      </p>
    );
  } else if (!isStackableRelease(version)) {
    body = (
      <p className="text-sm text-muted-foreground">
        The console has first deployments for Stackable releases {STACKABLE_RELEASES[0]} to {STACKABLE_RELEASES.at(-1)}; this cluster runs{' '}
        {version ?? 'an unknown version'}. Upgrade it, or follow the{' '}
        <ExternalLink href={IONOS_DOCS.initialSetup}>initial cluster setup in the IONOS documentation</ExternalLink>.
      </p>
    );
  } else {
    body = <ReleaseGuide release={version} />;
  }
  return (
    <DetailPanel headingId={HEADING_ID} heading={HEADING}>
      {body}
    </DetailPanel>
  );
}
