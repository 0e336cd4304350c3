import type { Metadata, Viewport } from 'next';
import { connection } from 'next/server';
import type { ReactNode } from 'react';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Data Platform console', template: '%s · Data Platform console' },
  description: 'Manage IONOS Cloud Managed Stackable Data Platform clusters and node pools.',
};

export const viewport: Viewport = {
  colorScheme: 'light dark',
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#020617' },
  ],
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // The proxy's CSP allows scripts by a per-request nonce, which Next only adds while rendering a request:
  // every page (the 404 page too) must therefore be rendered per request, never prerendered at build time.
  await connection();
  return (
    <html lang="en">
      <body className="min-h-dvh">{children}</body>
    </html>
  );
}
