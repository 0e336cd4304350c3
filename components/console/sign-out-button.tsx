'use client';

import { useState } from 'react';
import { signOut } from '@/components/auth/next-auth-post';
import { Button } from '@/components/ui/button';

export function SignOutButton() {
  const [pending, setPending] = useState(false);
  async function onClick() {
    setPending(true);
    try {
      await signOut('/signin');
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
