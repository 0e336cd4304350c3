import { describe, expect, it } from 'vitest';
import { formatMaintenanceWindowSpan } from '@/lib/format/maintenance-window';

describe('formatMaintenanceWindowSpan', () => {
  it('shows the whole window in UTC, across midnight with both days', () => {
    expect(formatMaintenanceWindowSpan({ dayOfTheWeek: 'Wednesday', time: '22:30:00' })).toBe('Wednesday 22:30 – Thursday 02:30 UTC');
    expect(formatMaintenanceWindowSpan({ dayOfTheWeek: 'Monday', time: '02:00:00' })).toBe('Monday 02:00–06:00 UTC');
    expect(formatMaintenanceWindowSpan(undefined)).toBe('Not set');
  });
});
