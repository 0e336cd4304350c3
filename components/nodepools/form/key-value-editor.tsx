'use client';

import { useId } from 'react';
import { useFieldArray, useFormContext } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { ANNOTATIONS_MAX_BYTES, NAME_MAX_LENGTH, PREFIX_MAX_LENGTH, type KeyValueEntry } from '@/lib/forms/kubernetes';
import { cn } from '@/lib/utils';
import { LearnMore } from '@/components/shared/learn-more';

type MetadataValues = { labels: KeyValueEntry[]; annotations: KeyValueEntry[] };

const KINDS = {
  labels: {
    title: 'Labels',
    noun: 'label',
    rules: `Keys: an optional DNS-subdomain prefix (up to ${PREFIX_MAX_LENGTH} characters, lowercase) and '/', then a name of at most ${NAME_MAX_LENGTH} characters: letters, digits, '-', '_' and '.', starting and ending with a letter or digit. Values: empty, or at most ${NAME_MAX_LENGTH} characters of the same kind. Kubernetes selects nodes by labels.`,
  },
  annotations: {
    title: 'Annotations',
    noun: 'annotation',
    rules: `Keys follow the label key rules; values are free text. All annotations together may take at most ${ANNOTATIONS_MAX_BYTES / 1024} KiB. Annotations carry information for tools, not for selecting nodes.`,
  },
} as const;

const TEXTAREA =
  'flex min-h-9 w-full rounded-md border border-slate-400 bg-white px-3 py-1.5 text-sm text-foreground shadow-xs focus-visible:border-blue-600 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-blue-600 aria-invalid:border-red-600 dark:border-slate-500 dark:bg-slate-900 dark:aria-invalid:border-red-400';

/**
 * Rows of key and value, checked with the Kubernetes rules on every keystroke (the whole list at once, so a
 * duplicate key is reported as soon as it is typed and cleared as soon as it is fixed).
 */
export function KeyValueEditor({ name }: { name: keyof MetadataValues }) {
  const kind = KINDS[name];
  const { control, register, trigger, formState } = useFormContext<MetadataValues>();
  const { fields, append, remove } = useFieldArray({ control, name });
  const rulesId = useId();
  const listErrorId = useId();
  const errors = formState.errors[name];
  const listError = errors?.root?.message ?? errors?.message;
  const revalidate = () => void trigger(name);

  return (
    <fieldset className="grid gap-3" aria-describedby={[rulesId, listError ? listErrorId : undefined].filter(Boolean).join(' ')}>
      <legend className="text-base font-semibold">{kind.title}</legend>
      <p id={rulesId} className="text-xs text-subtle-foreground">
        {kind.rules}
      </p>
      <LearnMore concept="labels" />
      {listError ? (
        <p id={listErrorId} role="alert" className="text-sm font-medium text-red-700 dark:text-red-300">
          {listError}
        </p>
      ) : null}
      {fields.length === 0 ? <p className="text-sm text-muted-foreground">No {kind.noun}s.</p> : null}
      <ol className="grid gap-3">
        {fields.map((row, index) => {
          const n = index + 1;
          const rowErrors = errors?.[index];
          return (
            <li key={row.id} className="grid gap-3 rounded-md border border-border-strong p-3 sm:grid-cols-[1fr_1fr_auto] sm:items-start">
              <Field
                label={
                  <>
                    Key{' '}
                    <span className="sr-only">
                      of {kind.noun} {n}
                    </span>
                  </>
                }
                error={rowErrors?.key?.message}
              >
                {(c) => (
                  <Input
                    {...c}
                    autoComplete="off"
                    spellCheck={false}
                    className="font-mono"
                    {...register(`${name}.${index}.key`, { onChange: revalidate })}
                  />
                )}
              </Field>
              <Field
                label={
                  <>
                    Value{' '}
                    <span className="sr-only">
                      of {kind.noun} {n}
                    </span>
                  </>
                }
                error={rowErrors?.value?.message}
              >
                {(c) =>
                  name === 'annotations' ? (
                    <textarea
                      {...c}
                      rows={1}
                      spellCheck={false}
                      className={cn(TEXTAREA, 'font-mono')}
                      {...register(`${name}.${index}.value`, { onChange: revalidate })}
                    />
                  ) : (
                    <Input
                      {...c}
                      autoComplete="off"
                      spellCheck={false}
                      className="font-mono"
                      {...register(`${name}.${index}.value`, { onChange: revalidate })}
                    />
                  )
                }
              </Field>
              <Button
                variant="ghost"
                size="sm"
                className="sm:mt-6"
                onClick={() => {
                  remove(index);
                  revalidate();
                }}
              >
                Remove {kind.noun} {n}
              </Button>
            </li>
          );
        })}
      </ol>
      <Button variant="outline" size="sm" className="w-fit" onClick={() => append({ key: '', value: '' })}>
        Add {kind.noun === 'label' ? 'a label' : 'an annotation'}
      </Button>
    </fieldset>
  );
}
