import { NameField } from '@/components/clusters/create/name-field';
import { TeamField } from '@/components/clusters/create/team-field';
import { VersionField } from '@/components/clusters/create/version-field';

export function BasicsStep() {
  return (
    <div className="grid max-w-xl gap-6">
      <TeamField />
      <NameField />
      <VersionField />
    </div>
  );
}
