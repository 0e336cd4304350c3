'use client';

import { useWatch } from 'react-hook-form';
import { useWizardForm } from '@/components/clusters/create/use-wizard-form';
import { creatableTeams } from '@/components/portal/team/teams';
import { TeamQuotaNote } from '@/components/portal/team/team-quota-note';
import { usePortal } from '@/components/portal/portal-context';
import { Field } from '@/components/ui/field';
import { NativeSelect } from '@/components/ui/native-select';
import { emptyUsage } from '@/lib/portal/quota';

/** A new cluster counts one against its team's cluster limit (its node pools count when they are added). */
export const NEW_CLUSTER_USAGE = { ...emptyUsage(), clusters: 1 };

/**
 * Portal mode: the team the new cluster belongs to, among those where the person may create clusters (preselected
 * when there is one), and what is left of its quota. Nothing in personal mode.
 */
export function TeamField() {
  const me = usePortal();
  const { register, control, formState } = useWizardForm();
  const team = useWatch({ control, name: 'team' });
  if (!me) return null;
  const choices = creatableTeams(me);
  return (
    <div className="grid gap-2">
      <Field
        label="Team"
        description="The cluster belongs to this team: its members see and use it, and it counts against the team’s quota."
        error={formState.errors.team?.message}
      >
        {(fieldControl) => (
          <NativeSelect {...fieldControl} {...register('team')}>
            {choices.length === 1 ? null : <option value="">Choose a team</option>}
            {choices.map((choice) => (
              <option key={choice.id} value={choice.id}>
                {choice.name}
              </option>
            ))}
          </NativeSelect>
        )}
      </Field>
      <TeamQuotaNote team={team || undefined} delta={NEW_CLUSTER_USAGE} />
    </div>
  );
}
