'use client';

import { useWatch } from 'react-hook-form';
import { DatacenterPicker } from '@/components/clusters/create/datacenter-picker';
import { LanPicker } from '@/components/clusters/create/lan-picker';
import { useWizardForm } from '@/components/clusters/create/use-wizard-form';

export function LocationStep() {
  const { control } = useWizardForm();
  const datacenterId = useWatch({ control, name: 'datacenterId' });
  return (
    <div className="grid gap-8">
      <DatacenterPicker />
      {datacenterId ? <LanPicker key={datacenterId} datacenterId={datacenterId} /> : null}
    </div>
  );
}
