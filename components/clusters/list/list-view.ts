// The clusters list's view, pure: what the URL asks for (?name=&state=&sort=&dir=&page=&size=&order=&owner=) and the
// rows it shows.
// The API only filters by name, so state filter, sorting and paging happen here, over the fetched list.
import { stateLabel } from '@/lib/format/state';
import type { ClusterResponse } from '@/lib/api/clusters/schema';
import { clusterNameFilterSchema, resourceStateSchema, type ResourceState } from '@/lib/api/common/schema';
import { compareVersions } from '@/lib/api/versions/compare';
import type { Datacenter } from '@/lib/api/datacenters/schema';
import { matchClusters } from '@/lib/search/match';

export const SORT_KEYS = ['name', 'state', 'version', 'created'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDir = 'asc' | 'desc';

/** 25 rows: a page costs at most 25 node pool requests, however many clusters there are. */
export const PAGE_SIZE = 25;
/** The page sizes offered; a larger page costs as many node pool requests as it has rows. */
export const PAGE_SIZES = [10, 25, 50, 100] as const;
export type PageSize = (typeof PAGE_SIZES)[number];

export type ListView = {
  /** The API's name filter; '' for none. */
  name: string;
  state: ResourceState | undefined;
  sort: SortKey;
  dir: SortDir;
  /** 1-based. */
  page: number;
  /** Rows per page; PAGE_SIZE when absent. */
  size?: PageSize;
  /** Failed clusters first, then the chosen order (`order=problems`). */
  problemsFirst?: boolean;
  /** Only the clusters the user created (`owner=mine`); offered to contract administrators, who see everyone's. */
  mine?: boolean;
};

export const DEFAULT_VIEW: ListView = { name: '', state: undefined, sort: 'name', dir: 'asc', page: 1 };

export type ParsedListView = {
  view: ListView;
  /** Parameters that were present but unusable (then their default applies); `name` is left to the name filter's own message. */
  invalid: (keyof ListView)[];
  /** The name parameter as written, when it fails `clusterNameFilterSchema` (it is never sent then). */
  invalidName?: string;
};

type ParamSource = { get(name: string): string | null };

/** Reads the view from the URL's search parameters; anything unusable falls back to its default. */
export function parseListView(params: ParamSource): ParsedListView {
  const invalid: (keyof ListView)[] = [];
  const view: ListView = { ...DEFAULT_VIEW };
  let invalidName: string | undefined;

  const name = params.get('name');
  if (name !== null) {
    if (clusterNameFilterSchema.safeParse(name).success) view.name = name;
    else invalidName = name;
  }
  const state = params.get('state');
  if (state !== null && state !== '') {
    const parsed = resourceStateSchema.safeParse(state.toUpperCase());
    if (parsed.success) view.state = parsed.data;
    else invalid.push('state');
  }
  const sort = params.get('sort');
  if (sort !== null) {
    if ((SORT_KEYS as readonly string[]).includes(sort)) view.sort = sort as SortKey;
    else invalid.push('sort');
  }
  const dir = params.get('dir');
  if (dir !== null) {
    if (dir === 'asc' || dir === 'desc') view.dir = dir;
    else invalid.push('dir');
  }
  const page = params.get('page');
  if (page !== null) {
    if (/^[1-9]\d{0,5}$/.test(page)) view.page = Number(page);
    else invalid.push('page');
  }
  const size = params.get('size');
  if (size !== null) {
    const value = PAGE_SIZES.find((option) => String(option) === size);
    if (value) view.size = value;
    else invalid.push('size');
  }
  const order = params.get('order');
  if (order !== null) {
    if (order === 'problems') view.problemsFirst = true;
    else invalid.push('problemsFirst');
  }
  const owner = params.get('owner');
  if (owner !== null) {
    if (owner === 'mine') view.mine = true;
    else if (owner !== 'all') invalid.push('mine');
  }
  return invalidName === undefined ? { view, invalid } : { view, invalid, invalidName };
}

/** The search string for a view (without "?"); defaults are left out so the plain list stays at /clusters. */
export function serializeListView(view: ListView): string {
  const params = new URLSearchParams();
  if (view.name) params.set('name', view.name);
  if (view.state) params.set('state', view.state);
  if (view.sort !== DEFAULT_VIEW.sort || view.dir !== DEFAULT_VIEW.dir) {
    params.set('sort', view.sort);
    params.set('dir', view.dir);
  }
  if (view.page > 1) params.set('page', String(view.page));
  if (view.size && view.size !== PAGE_SIZE) params.set('size', String(view.size));
  if (view.problemsFirst) params.set('order', 'problems');
  if (view.mine) params.set('owner', 'mine');
  return params.toString();
}

/** A changed view; any change of filter or order goes back to page 1, since the old page number means nothing then. */
export function nextView(view: ListView, change: Partial<ListView>): ListView {
  const next = { ...view, ...change };
  const reordered =
    next.name !== view.name ||
    next.state !== view.state ||
    next.sort !== view.sort ||
    next.dir !== view.dir ||
    Boolean(next.problemsFirst) !== Boolean(view.problemsFirst) ||
    Boolean(next.mine) !== Boolean(view.mine) ||
    (next.size ?? PAGE_SIZE) !== (view.size ?? PAGE_SIZE);
  if (reordered && change.page === undefined) next.page = 1;
  return next;
}

/** Clicking a column header: the same column flips its direction, another one starts ascending (newest first for "created"). */
export function toggleSort(view: ListView, sort: SortKey): ListView {
  if (view.sort === sort) return nextView(view, { dir: view.dir === 'asc' ? 'desc' : 'asc' });
  return nextView(view, { sort, dir: sort === 'created' ? 'desc' : 'asc' });
}

/** The version a cluster runs, else the one it was asked for. */
export function clusterVersion(cluster: ClusterResponse): string | undefined {
  return cluster.metadata.currentDataPlatformVersion ?? cluster.properties.dataPlatformVersion;
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
const nameOf = (cluster: ClusterResponse) => cluster.properties.name ?? cluster.id;

type Column<T> = { value: (cluster: ClusterResponse) => T | undefined; compare: (a: T, b: T) => number };
const column = <T>(value: Column<T>['value'], compare: Column<T>['compare']) => ({ value, compare }) as Column<unknown>;

const COLUMNS: Record<SortKey, Column<unknown>> = {
  name: column(nameOf, (a: string, b: string) => collator.compare(a, b)),
  state: column(
    (c) => c.metadata.state,
    (a: ResourceState, b: ResourceState) => collator.compare(stateLabel(a), stateLabel(b)),
  ),
  version: column(clusterVersion, compareVersions),
  created: column(
    (c) => (c.metadata.createdDate ? Date.parse(c.metadata.createdDate) : undefined),
    (a: number, b: number) => a - b,
  ),
};

function compareBy(sort: SortKey, dir: SortDir, a: ClusterResponse, b: ClusterResponse): number {
  const { value, compare } = COLUMNS[sort];
  const x = value(a);
  const y = value(b);
  let result = 0;
  // A missing value (the API left the field out) goes last in either direction.
  if (x === undefined || y === undefined) result = x === y ? 0 : x === undefined ? 1 : -1;
  else result = compare(x, y) * (dir === 'asc' ? 1 : -1);
  // Ties keep a stable, meaningful order: by name, then id (so equal rows never swap between polls).
  return result || collator.compare(nameOf(a), nameOf(b)) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** FAILED, FAILED_UPDATING, FAILED_DESTROYING…: the states that need the user. */
export const isProblem = (state: ResourceState | undefined) => state?.startsWith('FAILED') ?? false;

/** A sorted copy; the input is left alone (it is react-query's cached data). With `problemsFirst`, failed clusters lead. */
export function sortClusters(clusters: readonly ClusterResponse[], sort: SortKey, dir: SortDir, problemsFirst = false): ClusterResponse[] {
  const problemRank = (cluster: ClusterResponse) => (problemsFirst && isProblem(cluster.metadata.state) ? 0 : 1);
  return [...clusters].sort((a, b) => problemRank(a) - problemRank(b) || compareBy(sort, dir, a, b));
}

/** How many clusters are in each state: failed states first, then the most frequent. */
export function countStates(clusters: readonly ClusterResponse[]): { state: ResourceState; count: number }[] {
  const counts = new Map<ResourceState, number>();
  for (const cluster of clusters) {
    const state = cluster.metadata.state;
    if (state) counts.set(state, (counts.get(state) ?? 0) + 1);
  }
  return [...counts]
    .map(([state, count]) => ({ state, count }))
    .sort(
      (a, b) =>
        Number(isProblem(b.state)) - Number(isProblem(a.state)) || b.count - a.count || collator.compare(stateLabel(a.state), stateLabel(b.state)),
    );
}

/** The clusters a user created (`createdBy` is the creator's e-mail). */
export function filterByOwner(
  clusters: readonly ClusterResponse[],
  email: string | undefined,
  mine: boolean | undefined,
): readonly ClusterResponse[] {
  if (!mine || !email) return clusters;
  const me = email.toLowerCase();
  return clusters.filter((cluster) => cluster.metadata.createdBy?.toLowerCase() === me);
}

/** The API's name filter (the contract: the name contains the text, ignoring case), over clusters already loaded. */
export function filterByName(clusters: readonly ClusterResponse[], name: string): readonly ClusterResponse[] {
  if (!name) return clusters;
  const text = name.toLowerCase();
  return clusters.filter((cluster) => cluster.properties.name?.toLowerCase().includes(text) ?? false);
}

/** A cluster list in the query cache, with the name filter it was fetched with ('' for none). */
export type LoadedList = { name: string; items: readonly ClusterResponse[]; updatedAt: number };

/** Whether a list fetched with the name filter `loaded` holds every cluster that `name` matches. */
export function nameFilterCovers(loaded: string, name: string): boolean {
  return name.toLowerCase().includes(loaded.toLowerCase());
}

/**
 * The clusters to show for a name filter whose API answer has not come yet: the freshest loaded list that holds every
 * match, narrowed here with the API's rule (so the rows follow each keystroke). With no such list, the freshest other
 * one narrowed: incomplete until the answer comes. Undefined when nothing is loaded.
 */
export function narrowLoaded(name: string, lists: readonly LoadedList[]): LoadedList | undefined {
  const freshest = (candidates: readonly LoadedList[]) =>
    candidates.reduce<LoadedList | undefined>((best, list) => (best && best.updatedAt >= list.updatedAt ? best : list), undefined);
  const source = freshest(lists.filter((list) => nameFilterCovers(list.name, name))) ?? freshest(lists);
  return source && { name, items: filterByName(source.items, name), updatedAt: source.updatedAt };
}

export function filterByState(clusters: readonly ClusterResponse[], state: ResourceState | undefined): readonly ClusterResponse[] {
  return state ? clusters.filter((cluster) => cluster.metadata.state === state) : clusters;
}

export type ListPage = {
  rows: ClusterResponse[];
  /** Clusters after the state filter. */
  total: number;
  /** The page shown: the requested one, clamped to 1..pageCount. */
  page: number;
  pageCount: number;
};

/** Filter by state, sort, then cut out the page; a page past the end shows the last one. */
export function applyListView(clusters: readonly ClusterResponse[], view: ListView, pageSize = view.size ?? PAGE_SIZE): ListPage {
  const filtered = filterByState(clusters, view.state);
  const sorted = sortClusters(filtered, view.sort, view.dir, view.problemsFirst);
  const pageCount = Math.max(1, Math.ceil(sorted.length / pageSize));
  const page = Math.min(Math.max(1, view.page), pageCount);
  const start = (page - 1) * pageSize;
  return { rows: sorted.slice(start, start + pageSize), total: sorted.length, page, pageCount };
}

/** The clusters the filter text finds among the loaded ones, with those the API's name filter answered (when it has). */
function union(local: readonly ClusterResponse[], answer: readonly ClusterResponse[] | undefined): readonly ClusterResponse[] {
  if (!answer) return local;
  const seen = new Set(local.map((cluster) => cluster.id));
  const more = answer.filter((cluster) => !seen.has(cluster.id));
  return more.length === 0 ? local : [...local, ...more];
}

export type ListSource = {
  /** The whole list (no name filter). */
  all: readonly ClusterResponse[];
  /** What the filter input holds (when valid); it finds clusters by name, id or data center among `all`. */
  typed: string;
  /** The API's answer for `typed`, once it has come: its clusters join the rows. */
  answer?: readonly ClusterResponse[];
  datacenters: ReadonlyMap<string, Datacenter>;
  /** The signed-in user's e-mail, for the owner filter. */
  me?: string;
  /** Only the user's own clusters (an administrator's `owner=mine`). */
  mine: boolean;
  view: ListView;
};

/** What the list shows: the state counts, the page of rows, and how many clusters the filters left before the state filter. */
export type ShownList = {
  owned: number;
  counts: { state: ResourceState; count: number }[];
  listPage: ListPage;
};

/**
 * The one derivation of what the list shows from what is loaded: the filter text, the API's answer, the owner filter,
 * the state counts, then state filter, order and page. The browser runs it at every change; the server runs it once
 * for the first rows it renders (ClusterList's `first`), so both show the same rows, counts and pages.
 */
export function showList({ all, typed, answer, datacenters, me, mine, view }: ListSource): ShownList {
  const owned = filterByOwner(union(matchClusters(all, typed, datacenters), answer), me, mine);
  return { owned: owned.length, counts: countStates(owned), listPage: applyListView(owned, view) };
}

/**
 * The first rows in the server's HTML: what `showList` gave for the page's view (`serializeListView`). Only that page
 * of rows travels with the HTML; the browser fetches the whole list once it runs, and shows these rows until then.
 */
export type FirstRows = { view: string; shown: ShownList; empty: boolean; updatedAt: number };
