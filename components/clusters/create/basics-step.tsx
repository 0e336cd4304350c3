import { NameField } from '@/components/clusters/create/name-field';
import { VersionField } from '@/components/clusters/create/version-field';

export function BasicsStep() {
  return (
    <div className="grid max-w-xl gap-6">
      <NameField />
      <VersionField />
    </div>
  );
}
