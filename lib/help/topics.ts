// The documentation pages the console links to, each with where its address comes from: nothing here is guessed.
// Stackable pages follow the reference's URL scheme (lib/stackable/docs.ts); without a cluster in view they
// use `stable`, the newest release's docs.
import {
  IONOS_DOCS,
  ionosOnStackableUrl,
  KUBERNETES_DOCS,
  listenerClassesUrl,
  platformGettingStartedUrl,
  releaseNotesUrl,
} from '@/lib/stackable/docs';

export type HelpLink = {
  title: string;
  href: string;
  /** Whose site it is, said after the title ("IONOS documentation"). */
  site: string;
};

const IONOS = 'IONOS documentation';
const STACKABLE = 'Stackable documentation';
const KUBERNETES = 'Kubernetes';

/** Sources: ../shared/docs/stackable-reference.md ("Help links", "IONOS"), ../shared/api/README.md. */
export const HELP_TOPICS = {
  ionosOverview: { title: 'Managed Stackable overview', href: IONOS_DOCS.overview, site: IONOS },
  ionosInitialSetup: { title: 'Initial cluster setup', href: IONOS_DOCS.initialSetup, site: IONOS },
  apiToken: { title: 'API authentication and tokens', href: IONOS_DOCS.apiAuthentication, site: IONOS },
  sdkReadme: { title: 'Data Platform API: clusters, node pools, autoscaling (Go SDK)', href: IONOS_DOCS.sdkReadme, site: 'GitHub' },
  stackableOnIonos: { title: 'IONOS Managed Stackable', href: ionosOnStackableUrl('stable'), site: STACKABLE },
  stackableGettingStarted: { title: 'Getting started with the Stackable Data Platform', href: platformGettingStartedUrl('stable'), site: STACKABLE },
  stackableReleaseNotes: { title: 'Release notes', href: releaseNotesUrl('stable'), site: STACKABLE },
  listenerClasses: { title: 'Listener classes: reaching services', href: listenerClassesUrl('stable'), site: STACKABLE },
  hierarchicalNamespaces: { title: 'Hierarchical namespaces', href: KUBERNETES_DOCS.hierarchicalNamespaces, site: KUBERNETES },
  labels: { title: 'Labels and annotations', href: KUBERNETES_DOCS.labels, site: KUBERNETES },
} as const satisfies Record<string, HelpLink>;

export type HelpTopic = keyof typeof HELP_TOPICS;

/**
 * What an inline "learn more" link next to a concept opens. IONOS documents no page per concept; the initial
 * setup guide walks through the settings (maintenance window, LANs) of a new cluster.
 */
export const CONCEPT_TOPICS = {
  maintenanceWindow: 'ionosInitialSetup',
  lans: 'ionosInitialSetup',
  autoscaling: 'sdkReadme',
  hierarchicalNamespaces: 'hierarchicalNamespaces',
  labels: 'labels',
} as const satisfies Record<string, HelpTopic>;
