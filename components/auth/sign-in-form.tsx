'use client';

import { useState } from 'react';
import type { SafeCallbackUrl } from '@/components/auth/callback-url';
import { PasswordSignInForm } from '@/components/auth/password-sign-in-form';
import type { SignInMethod } from '@/components/auth/sign-in-errors';
import { TokenSignInForm } from '@/components/auth/token-sign-in-form';
import { Tabs, TabsContent, TabsList, TabsTrigger } from '@/components/ui/tabs';

/** The two ways in, as tabs; each keeps what was typed while the other is shown. */
export function SignInForm({ callbackUrl }: { callbackUrl: SafeCallbackUrl }) {
  const [method, setMethod] = useState<SignInMethod>('password');
  return (
    <Tabs value={method} onValueChange={(value) => setMethod(value === 'token' ? 'token' : 'password')}>
      <TabsList aria-label="How to sign in">
        <TabsTrigger value="password">User name and password</TabsTrigger>
        <TabsTrigger value="token">API token</TabsTrigger>
      </TabsList>
      <TabsContent value="password">
        <PasswordSignInForm callbackUrl={callbackUrl} />
      </TabsContent>
      <TabsContent value="token">
        <TokenSignInForm callbackUrl={callbackUrl} />
      </TabsContent>
    </Tabs>
  );
}
