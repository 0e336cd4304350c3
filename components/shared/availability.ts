// Whether an action on a resource can be offered now, and the reason shown (as a tooltip and description) when not.
export type Availability = { enabled: true } | { enabled: false; reason: string };

export const enabled: Availability = { enabled: true };
export const disabled = (reason: string): Availability => ({ enabled: false, reason });
