'use client';

import { useCallback } from 'react';
import { useForm } from 'react-hook-form';
import type { SafeCallbackUrl } from '@/components/auth/callback-url';
import { SignInFormShell } from '@/components/auth/sign-in-form-shell';
import { required } from '@/components/auth/required';
import { useSignInAttempt } from '@/components/auth/use-sign-in-attempt';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';

// Plain rules rather than useZodForm: the sign-in page ships without zod (two fields need no schema library).
export function PasswordSignInForm({ callbackUrl }: { callbackUrl: SafeCallbackUrl }) {
  const form = useForm({ mode: 'onSubmit', reValidateMode: 'onChange', defaultValues: { username: '', password: '' } });
  const { errors, isSubmitting } = form.formState;
  // After a failed attempt the fieldset is enabled again: put the cursor into the (cleared) password field.
  const { setFocus } = form;
  const focusPassword = useCallback(() => setFocus('password'), [setFocus]);
  const { failure, busy, attempt } = useSignInAttempt('password', callbackUrl, isSubmitting, focusPassword);

  const onSubmit = form.handleSubmit(async ({ username, password }) => {
    // Keep the user name, never the password.
    if (!(await attempt({ username: username.trim(), password }))) form.setValue('password', '');
  });

  return (
    <SignInFormShell onSubmit={onSubmit} busy={busy} failure={failure}>
      <Field label="User name" description="The e-mail address of your IONOS Cloud user." error={errors.username?.message}>
        {(control) => (
          <Input
            {...control}
            {...form.register('username', { validate: required('Enter your user name.', { trim: true }) })}
            type="text"
            inputMode="email"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
          />
        )}
      </Field>
      <Field label="Password" error={errors.password?.message}>
        {(control) => (
          <Input
            {...control}
            {...form.register('password', { validate: required('Enter your password.') })}
            type="password"
            autoComplete="current-password"
          />
        )}
      </Field>
    </SignInFormShell>
  );
}
