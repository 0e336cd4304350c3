'use client';

import { useEffect, useState } from 'react';
import { z } from 'zod';
import { attemptSignIn } from '@/components/auth/attempt-sign-in';
import { SubmitButton } from '@/components/auth/submit-button';
import { useZodForm } from '@/components/form/use-zod-form';
import { Alert } from '@/components/ui/alert';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';

const passwordSignInSchema = z.object({
  username: z.string().trim().min(1, 'Enter your user name.'),
  password: z.string().min(1, 'Enter your password.'),
});

export function PasswordSignInForm({ callbackUrl }: { callbackUrl: string }) {
  const form = useZodForm(passwordSignInSchema, { defaultValues: { username: '', password: '' } });
  const { errors, isSubmitting } = form.formState;
  const [failure, setFailure] = useState<string | null>(null);
  const [redirecting, setRedirecting] = useState(false);
  const busy = isSubmitting || redirecting;

  // After a failed attempt the fieldset is enabled again: put the cursor into the (cleared) password field.
  const { setFocus } = form;
  useEffect(() => {
    if (failure && !isSubmitting) setFocus('password');
  }, [failure, isSubmitting, setFocus]);

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    const message = await attemptSignIn('password', values, callbackUrl);
    if (message === null) {
      setRedirecting(true);
      return;
    }
    // Keep the user name, never the password.
    form.setValue('password', '');
    setFailure(message);
  });

  // method="post": should the form be submitted before hydration, the secret never lands in a URL.
  return (
    <form method="post" onSubmit={onSubmit} noValidate>
      <fieldset disabled={busy} className="grid gap-4">
        {failure ? (
          <Alert role="alert" variant="destructive">
            {failure}
          </Alert>
        ) : null}
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
        <SubmitButton busy={busy} label="Sign in" busyLabel="Signing in…" />
      </fieldset>
    </form>
  );
}
