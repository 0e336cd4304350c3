'use client';

import { useCallback } from 'react';
import { z } from 'zod';
import { SignInFormShell } from '@/components/auth/sign-in-form-shell';
import { useSignInAttempt } from '@/components/auth/use-sign-in-attempt';
import { useZodForm } from '@/components/forms/use-zod-form';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';

const passwordSignInSchema = z.object({
  username: z.string().trim().min(1, 'Enter your user name.'),
  password: z.string().min(1, 'Enter your password.'),
});

export function PasswordSignInForm({ callbackUrl }: { callbackUrl: string }) {
  const form = useZodForm(passwordSignInSchema, { defaultValues: { username: '', password: '' } });
  const { errors, isSubmitting } = form.formState;
  // After a failed attempt the fieldset is enabled again: put the cursor into the (cleared) password field.
  const { setFocus } = form;
  const focusPassword = useCallback(() => setFocus('password'), [setFocus]);
  const { failure, busy, attempt } = useSignInAttempt('password', callbackUrl, isSubmitting, focusPassword);

  const onSubmit = form.handleSubmit(async (values) => {
    // Keep the user name, never the password.
    if (!(await attempt(values))) form.setValue('password', '');
  });

  return (
    <SignInFormShell onSubmit={onSubmit} busy={busy} failure={failure}>
      <Field label="User name" description="The e-mail address of your IONOS Cloud user." error={errors.username?.message}>
        {(control) => (
          <Input
            {...control}
            {...form.register('username')}
            type="text"
            inputMode="email"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
          />
        )}
      </Field>
      <Field label="Password" error={errors.password?.message}>
        {(control) => <Input {...control} {...form.register('password')} type="password" autoComplete="current-password" />}
      </Field>
    </SignInFormShell>
  );
}
