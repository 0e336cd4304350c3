import type { ReactNode } from 'react';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';

export type FormBannerData = { tone: 'destructive' | 'warning' | 'info'; title: string; messages: readonly string[] };

/**
 * What a submit came to when no single field explains it. A failure interrupts (role="alert"); an `info` note
 * such as "Nothing to save" is polite (role="status"). `children` follow the messages (e.g. a link).
 */
export function FormBanner({ banner, children }: { banner: FormBannerData; children?: ReactNode }) {
  return (
    <Alert role={banner.tone === 'info' ? 'status' : 'alert'} variant={banner.tone}>
      <AlertTitle>{banner.title}</AlertTitle>
      <AlertDescription>
        {banner.messages.map((message) => (
          <p key={message}>{message}</p>
        ))}
        {children}
      </AlertDescription>
    </Alert>
  );
}
