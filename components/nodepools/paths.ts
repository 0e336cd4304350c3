// The console's URLs of node pool pages (one place, so links and redirects agree).
const seg = encodeURIComponent;

export const clusterHref = (clusterId: string) => `/clusters/${seg(clusterId)}`;
export const nodePoolListHref = (clusterId: string) => `/clusters/${seg(clusterId)}/nodepools`;
export const nodePoolHref = (clusterId: string, nodePoolId: string) => `${nodePoolListHref(clusterId)}/${seg(nodePoolId)}`;
export const editNodePoolHref = (clusterId: string, nodePoolId: string) => `${nodePoolHref(clusterId, nodePoolId)}/edit`;
/** The create wizard; `replace` prefills it from an existing pool (the guided "replace this pool" path). */
export const newNodePoolHref = (clusterId: string, replace?: string) =>
  `${nodePoolListHref(clusterId)}/new${replace ? `?${new URLSearchParams({ replace })}` : ''}`;
