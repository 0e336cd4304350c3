// The Cloud API v6 reads the console needs (data centers and their LANs), reduced to the fields it uses.
// The BFF parses upstream answers with these schemas, so nothing else of the Cloud API reaches the browser.
import { z } from 'zod';

export const cpuArchitectureSchema = z.object({
  cpuFamily: z.string(),
  maxCores: z.int().optional(),
  maxRam: z.int().optional(),
  vendor: z.string().optional(),
});
export type CpuArchitecture = z.infer<typeof cpuArchitectureSchema>;

export const datacenterSchema = z.object({
  id: z.string(),
  properties: z.object({
    name: z.string().optional(),
    description: z.string().optional(),
    location: z.string().optional(),
    cpuArchitecture: z.array(cpuArchitectureSchema).optional(),
  }),
});
export type Datacenter = z.infer<typeof datacenterSchema>;

export const datacenterListSchema = z.object({ items: z.array(datacenterSchema) });
export type DatacenterList = z.infer<typeof datacenterListSchema>;

export const lanSummarySchema = z.object({
  id: z.string(),
  properties: z.object({
    name: z.string().optional(),
    public: z.boolean().optional(),
  }),
});
export type LanSummary = z.infer<typeof lanSummarySchema>;

export const lanListSchema = z.object({ items: z.array(lanSummarySchema) });
export type LanList = z.infer<typeof lanListSchema>;
