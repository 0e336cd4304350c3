// Form schemas for a cluster's LANs and routes: the contract's `lanSchema`/`routeSchema` with the checks the
// contract only describes in words (network is a CIDR, gateway an address of the same IP family).
import { z } from 'zod';
import { lanSchema, routeSchema } from '@/lib/api/common/schema';
import { ipFamilyOf, parseCidr, validateCidr, validateIpAddress } from '@/lib/forms/ip';

/** A string that passes `validate` (which returns a message, or undefined when the value is fine). */
function checkedString(validate: (value: string) => string | undefined) {
  return z.string().superRefine((value, ctx) => {
    const message = validate(value);
    if (message) ctx.addIssue({ code: 'custom', message });
  });
}

export const cidrSchema = checkedString(validateCidr);
export const ipAddressSchema = checkedString(validateIpAddress);

export const routeFormSchema = routeSchema.extend({ network: cidrSchema, gateway: ipAddressSchema }).superRefine((route, ctx) => {
  const networkFamily = ipFamilyOf(route.network);
  const gatewayFamily = ipFamilyOf(route.gateway);
  if (networkFamily && gatewayFamily && networkFamily !== gatewayFamily) {
    ctx.addIssue({
      code: 'custom',
      path: ['gateway'],
      message: `The gateway must be an IPv${networkFamily} address, like the network.`,
    });
  }
});
export type RouteFormValues = z.input<typeof routeFormSchema>;

/** The same network twice on one LAN is a mistake the API would not explain well. */
const routesSchema = z.array(routeFormSchema).superRefine((routes, ctx) => {
  const seen = new Map<string, number>();
  routes.forEach((route, index) => {
    const cidr = parseCidr(route.network);
    if (!cidr) return;
    const key = `${cidr.family}:${cidr.value}/${cidr.prefix}`;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, index);
    else ctx.addIssue({ code: 'custom', path: [index, 'network'], message: `Route ${first + 1} already uses this network.` });
  });
});

// In the form, dhcp and routes are always present (checkbox and list); the request leaves out empty routes.
export const lanFormSchema = lanSchema.extend({ dhcp: z.boolean(), routes: routesSchema });
export type LanFormValues = z.input<typeof lanFormSchema>;
