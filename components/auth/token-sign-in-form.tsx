'use client';

import { useCallback } from 'react';
import { z } from 'zod';
import { SignInFormShell } from '@/components/auth/sign-in-form-shell';
import { useSignInAttempt } from '@/components/auth/use-sign-in-attempt';
import { useZodForm } from '@/components/forms/use-zod-form';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';

const tokenSignInSchema = z.object({
  token: z.string().trim().min(1, 'Enter an API token.'),
});

export function TokenSignInForm({ callbackUrl }: { callbackUrl: string }) {
  const form = useZodForm(tokenSignInSchema, { defaultValues: { token: '' } });
  const { errors, isSubmitting } = form.formState;
  const { setFocus } = form;
  const focusToken = useCallback(() => setFocus('token'), [setFocus]);
  const { failure, busy, attempt } = useSignInAttempt('token', callbackUrl, isSubmitting, focusToken);

  // The token stays in the field after a failure so a typo can be fixed.
  const onSubmit = form.handleSubmit(async (values) => {
    await attempt(values);
  });

  return (
    <SignInFormShell onSubmit={onSubmit} busy={busy} failure={failure}>
      <Field
        label="API token"
        description={
          <>
            A token made with <code>ionosctl token generate</code> or the Auth API. The console server keeps it; your browser never stores it.
          </>
        }
        error={errors.token?.message}
      >
        {(control) => <Input {...control} {...form.register('token')} type="password" autoComplete="off" spellCheck={false} className="font-mono" />}
      </Field>
    </SignInFormShell>
  );
}
