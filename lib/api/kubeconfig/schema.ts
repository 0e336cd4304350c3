// GET /clusters/{id}/kubeconfig answers a kubeconfig as JSON; extra fields are kept (additionalProperties: true).
import { z } from 'zod';

export const kubeconfigSchema = z.looseObject({
  apiVersion: z.string(),
  kind: z.string(),
  clusters: z.array(z.looseObject({})),
  users: z.array(z.looseObject({})),
  contexts: z.array(z.looseObject({})),
  'current-context': z.string().optional(),
});
export type Kubeconfig = z.infer<typeof kubeconfigSchema>;
