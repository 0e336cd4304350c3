'use client';

import { useWatch } from 'react-hook-form';
import { usePoolForm } from '@/components/nodepools/create/use-pool-form';
import { newPoolUsage } from '@/components/nodepools/form/pool-usage';
import { TeamQuotaNote } from '@/components/portal/team/team-quota-note';
import { useClusterTeam } from '@/components/portal/team/use-cluster-team';

/** Portal mode: what is left of the cluster's team's quota, and a warning when the pool would not fit. */
export function NewPoolQuota({ clusterId }: { clusterId: string }) {
  const { control } = usePoolForm();
  const values = useWatch({ control });
  return <TeamQuotaNote team={useClusterTeam(clusterId)} delta={newPoolUsage(values)} />;
}
