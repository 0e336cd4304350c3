'use client';

import { FormBanner } from '@/components/forms/form-banner';
import { useZodForm } from '@/components/forms/use-zod-form';
import { wholeNumber } from '@/components/nodepools/form/form-rules';
import { DEFAULT_TOKEN_DAYS } from '@/components/portal/tokens/token-view';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { isBffError } from '@/lib/api/client';
import { useCreateToken } from '@/lib/api/portal/mutations';
import { createTokenRequestSchema, type createdTokenSchema } from '@/lib/api/portal/schema';
import type { z } from 'zod';

// The contract's request, with the days typed as text (kept as typed while unfinished).
const formSchema = createTokenRequestSchema.extend({
  expiresInDays: wholeNumber(createTokenRequestSchema.shape.expiresInDays, 'the number of days'),
});

type CreatedToken = z.output<typeof createdTokenSchema>;

/** Name and lifetime of a new token; the created token (with its secret) goes to `onCreated`, nowhere else. */
export function CreateTokenForm({ onCreated }: { onCreated: (created: CreatedToken) => void }) {
  const form = useZodForm(formSchema, { defaultValues: { name: '', expiresInDays: String(DEFAULT_TOKEN_DAYS) } });
  const create = useCreateToken();
  const { errors } = form.formState;

  const submit = form.handleSubmit((body) =>
    create.mutate(body, {
      onSuccess: (created) => {
        form.reset();
        // The secret goes to the page's state only, not stay in the mutation's.
        create.reset();
        onCreated(created);
      },
    }),
  );

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="create-token-heading" className="grid gap-4">
      <h2 id="create-token-heading" className="text-lg font-semibold">
        Create a token
      </h2>
      <fieldset disabled={create.isPending} className="grid gap-4 sm:grid-cols-[minmax(0,24rem)_10rem]">
        <Field label="Token name" description="What uses it, e.g. “nightly ETL pipeline”." error={errors.name?.message}>
          {(control) => <Input {...control} autoComplete="off" {...form.register('name')} />}
        </Field>
        <Field label="Expires in (days)" description="1 to 90 days." error={errors.expiresInDays?.message}>
          {(control) => <Input {...control} type="text" inputMode="numeric" autoComplete="off" {...form.register('expiresInDays')} />}
        </Field>
      </fieldset>
      {create.isError ? (
        <FormBanner
          banner={{
            tone: 'destructive',
            title: 'The token was not created',
            messages: [isBffError(create.error) ? create.error.message : 'Something went wrong in the console; try again.'],
          }}
        />
      ) : null}
      <div>
        <Button type="submit" disabled={create.isPending}>
          {create.isPending ? 'Creating…' : 'Create token'}
        </Button>
      </div>
    </form>
  );
}
