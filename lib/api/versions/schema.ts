// GET /versions: 1.1 answers `{items: [...]}`, 1.0 servers a bare array; both are read, one shape comes out.
import { z } from 'zod';

export const versionListSchema = z.object({
  id: z.string().optional(),
  type: z.string().optional(),
  href: z.string().optional(),
  items: z.array(z.string()),
});
export type VersionList = z.infer<typeof versionListSchema>;

/** Reads either shape a server may answer and returns the 1.1 shape. */
export const versionListResponseSchema = z.union([versionListSchema, z.array(z.string()).transform((items): VersionList => ({ items }))]);
