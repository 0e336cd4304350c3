// Which documentation fits which console page: the header's help menu shows the pages of the route in view,
// then the general ones. Routes are matched on the pathname, most specific first.
import { HELP_TOPICS, type HelpLink, type HelpTopic } from '@/lib/help/topics';

const SEGMENT = '[^/]+';

const ROUTES: readonly { pattern: RegExp; topics: HelpTopic[] }[] = [
  { pattern: /^\/signin$/, topics: ['apiToken', 'ionosInitialSetup'] },
  { pattern: /^\/clusters\/upgrades$/, topics: ['stackableReleaseNotes'] },
  { pattern: /^\/clusters\/maintenance$/, topics: ['ionosInitialSetup'] },
  { pattern: /^\/clusters\/new$/, topics: ['ionosInitialSetup', 'sdkReadme'] },
  { pattern: new RegExp(`^/clusters/${SEGMENT}/nodepools(/.*)?$`), topics: ['sdkReadme', 'labels'] },
  { pattern: new RegExp(`^/clusters/${SEGMENT}/edit$`), topics: ['ionosInitialSetup'] },
  { pattern: new RegExp(`^/clusters/${SEGMENT}/kubeconfig$`), topics: ['hierarchicalNamespaces', 'stackableOnIonos'] },
  {
    pattern: new RegExp(`^/clusters/${SEGMENT}$`),
    topics: ['stackableGettingStarted', 'stackableOnIonos', 'listenerClasses', 'hierarchicalNamespaces'],
  },
  { pattern: /^\/clusters$/, topics: ['ionosInitialSetup', 'stackableGettingStarted'] },
];

/** Shown on every page, after the page's own. */
const GENERAL: readonly HelpTopic[] = ['ionosOverview', 'stackableOnIonos', 'apiToken'];

export type PageHelp = { forPage: HelpLink[]; general: HelpLink[] };

export function helpFor(pathname: string): PageHelp {
  const page = ROUTES.find((route) => route.pattern.test(pathname))?.topics ?? [];
  return {
    forPage: page.map((topic) => HELP_TOPICS[topic]),
    general: GENERAL.filter((topic) => !page.includes(topic)).map((topic) => HELP_TOPICS[topic]),
  };
}
