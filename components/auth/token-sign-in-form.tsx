'use client';

import { useCallback } from 'react';
import { useForm } from 'react-hook-form';
import type { SafeCallbackUrl } from '@/components/auth/callback-url';
import { required } from '@/components/auth/required';
import { SignInFormShell } from '@/components/auth/sign-in-form-shell';
import { useSignInAttempt } from '@/components/auth/use-sign-in-attempt';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';

export function TokenSignInForm({ callbackUrl }: { callbackUrl: SafeCallbackUrl }) {
  const form = useForm({ mode: 'onSubmit', reValidateMode: 'onChange', defaultValues: { token: '' } });
  const { errors, isSubmitting } = form.formState;
  const { setFocus } = form;
  const focusToken = useCallback(() => setFocus('token'), [setFocus]);
  const { failure, busy, attempt } = useSignInAttempt('token', callbackUrl, isSubmitting, focusToken);

  // The token stays in the field after a failure so a typo can be fixed.
  const onSubmit = form.handleSubmit(async ({ token }) => {
    await attempt({ token: token.trim() });
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
        {(control) => (
          <Input
            {...control}
            {...form.register('token', { validate: required('Enter an API token.', { trim: true }) })}
            type="password"
            autoComplete="off"
            spellCheck={false}
            className="font-mono"
          />
        )}
      </Field>
    </SignInFormShell>
  );
}
