'use client';

import { type FormEvent, useEffect, useEffectEvent, useRef } from 'react';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';

type ClusterNameFilterProps = {
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
  onSubmit: () => void;
};

export function ClusterNameFilter({ value, error, onChange, onSubmit }: ClusterNameFilterProps) {
  const input = useRef<HTMLInputElement>(null);
  // The rows come with the HTML, so the input is there before React is: what was typed into it before hydration is
  // in the element (React leaves a hydrated input's value alone) but not in the state. Take it over, not lose it.
  const takeOverTyped = useEffectEvent(() => {
    const typed = input.current?.value;
    if (typed !== undefined && typed !== value) onChange(typed);
  });
  useEffect(() => takeOverTyped(), []);
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
            ref={input}
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
