import { describe, expect, it } from 'vitest';
import { helpFor } from '@/lib/help/registry';
import { HELP_TOPICS } from '@/lib/help/topics';
import {
  clusterHref,
  clustersHref,
  editClusterHref,
  kubeconfigHref,
  maintenanceHref,
  newClusterHref,
  nodePoolHref,
  upgradesHref,
} from '@/lib/routes';

const id = '3f1c8a52-7d4e-4b1a-9c2f-0e5d6a7b8c9d';
const titles = (pathname: string) => helpFor(pathname).forPage.map((link) => link.title);

describe('helpFor', () => {
  it('gives each console page the documentation that fits it', () => {
    expect(titles(clustersHref)).toContain(HELP_TOPICS.ionosInitialSetup.title);
    expect(titles(newClusterHref)).toContain(HELP_TOPICS.ionosInitialSetup.title);
    expect(titles(clusterHref(id))).toContain(HELP_TOPICS.stackableGettingStarted.title);
    expect(titles(editClusterHref(id))).toEqual([HELP_TOPICS.ionosInitialSetup.title]);
    expect(titles(nodePoolHref(id, id))).toContain(HELP_TOPICS.labels.title);
    expect(titles(kubeconfigHref(id))).toContain(HELP_TOPICS.hierarchicalNamespaces.title);
    expect(titles(upgradesHref)).toEqual([HELP_TOPICS.stackableReleaseNotes.title]);
    expect(titles(maintenanceHref)).toEqual([HELP_TOPICS.ionosInitialSetup.title]);
  });

  it('adds the general pages once, after the page’s own', () => {
    const help = helpFor(clusterHref(id));
    const all = [...help.forPage, ...help.general].map((link) => link.href);
    expect(new Set(all).size).toBe(all.length);
    expect(help.general.map((link) => link.title)).toContain(HELP_TOPICS.ionosOverview.title);
    expect(helpFor('/somewhere-else').forPage).toEqual([]);
  });

  it('links only https pages, Stackable ones with a trailing slash (the docs site’s scheme)', () => {
    for (const link of Object.values(HELP_TOPICS)) {
      expect(link.href).toMatch(/^https:\/\//);
      if (link.href.includes('docs.stackable.tech')) expect(link.href).toMatch(/\/home\/stable\/.*\/$/);
    }
  });
});
