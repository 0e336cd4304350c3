'use client';

import type { FormEvent } from 'react';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';

type ClusterNameFilterProps = {
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
  onSubmit: () => void;
};

export function ClusterNameFilter({ value, error, onChange, onSubmit }: ClusterNameFilterProps) {
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSubmit();
  }
  return (
    <form role="search" aria-label="Filter clusters" onSubmit={submit} className="w-full max-w-sm">
      <Field label="Filter by name, ID or data center" error={error}>
        {(control) => (
          <Input
            {...control}
            type="search"
            name="name"
            value={value}
            onChange={(event) => onChange(event.target.value)}
            placeholder="Name, ID, data center or location"
            autoComplete="off"
            spellCheck={false}
            maxLength={100}
          />
        )}
      </Field>
    </form>
  );
}
