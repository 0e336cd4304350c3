'use client';

import { signOut } from 'next-auth/react';
import { useState } from 'react';
import { Button } from '@/components/ui/button';

export function SignOutButton() {
  const [pending, setPending] = useState(false);
  async function onClick() {
    setPending(true);
    try {
      await signOut({ callbackUrl: '/signin' });
    } catch {
      // next-auth could not be reached; the session cookie is still there, so let the user try again.
      setPending(false);
    }
  }
  return (
    <Button variant="outline" size="sm" onClick={onClick} disabled={pending}>
      {pending ? 'Signing out…' : 'Sign out'}
    </Button>
  );
}
