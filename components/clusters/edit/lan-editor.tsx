'use client';

import { LanPicker } from '@/components/clusters/create/lan-picker';

/**
 * The LANs the cluster joins, edited like in the create wizard: a checkbox card per LAN of the data center,
 * with DHCP and routes under each joined one. A joined LAN the data center no longer lists stays visible, so it
 * can be left.
 */
export function LanEditor({ datacenterId }: { datacenterId: string | undefined }) {
  if (!datacenterId) return <p className="text-sm text-muted-foreground">The cluster has no data center, so it joins no LAN.</p>;
  return <LanPicker datacenterId={datacenterId} />;
}
