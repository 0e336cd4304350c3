// Portal changes through the BFF. Each hook owns and awaits its invalidation (the audit log records every one of
// them, so it is refreshed too); toasts belong to callers.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { bffFetch } from '@/lib/api/client';
import { clusterKeys } from '@/lib/api/clusters/queries';
import { portalKeys } from '@/lib/api/portal/queries';
import {
  accessTokenSchema,
  createdTokenSchema,
  ownershipSchema,
  type assignClusterRequestSchema,
  type createTokenRequestSchema,
} from '@/lib/api/portal/schema';

export type CreateTokenRequest = z.output<typeof createTokenRequestSchema>;
export type AssignClusterRequest = z.output<typeof assignClusterRequestSchema>;

/** POST /api/portal/tokens: the answer carries the secret, which exists only there (show it once, keep it nowhere). */
export function useCreateToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateTokenRequest) => bffFetch('/api/portal/tokens', { method: 'POST', body, schema: createdTokenSchema }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: portalKeys.tokens() }),
        queryClient.invalidateQueries({ queryKey: portalKeys.audits() }),
      ]),
  });
}

/** DELETE /api/portal/tokens/{tokenId}: revokes the person's own token. */
export function useRevokeToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (tokenId: string) => bffFetch(`/api/portal/tokens/${encodeURIComponent(tokenId)}`, { method: 'DELETE', schema: accessTokenSchema }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: portalKeys.tokens() }),
        queryClient.invalidateQueries({ queryKey: portalKeys.audits() }),
      ]),
  });
}

/** PUT /api/portal/ownership/{clusterId} (platform admins): assigns an unowned cluster to a team, or moves it. */
export function useAssignCluster() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ clusterId, team }: AssignClusterRequest & { clusterId: string }) =>
      bffFetch(`/api/portal/ownership/${encodeURIComponent(clusterId)}`, { method: 'PUT', body: { team }, schema: ownershipSchema }),
    // Ownership moves the cluster between teams' lists and quotas.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: portalKeys.ownership() }),
        queryClient.invalidateQueries({ queryKey: portalKeys.quotas() }),
        queryClient.invalidateQueries({ queryKey: portalKeys.audits() }),
        queryClient.invalidateQueries({ queryKey: clusterKeys.lists() }),
      ]),
  });
}
