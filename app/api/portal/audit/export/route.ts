import { z } from 'zod';
import { AUDIT_EXPORT_FORMATS, auditExportStream } from '@/lib/portal/store/export';
import { auditQueryFor, auditQuerySpec } from '@/lib/server/portal/audit-query';
import { requirePortal } from '@/lib/server/portal/guard';
import { portalStores } from '@/lib/server/portal/stores';
import { methodsNotAllowed, withSession } from '@/lib/server/route';

const route = '/api/portal/audit/export';

// GET /api/portal/audit/export?format=csv|ndjson&(filters) – every matching entry, oldest first, as a file, streamed
export const GET = withSession(
  async ({ portal, query }) => {
    const q = auditQueryFor(requirePortal(portal), query);
    const format = query.format ?? 'csv';
    const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
    return new Response(auditExportStream(format, (await portalStores()).audit.stream(q)), {
      status: 200,
      headers: {
        'Content-Type': AUDIT_EXPORT_FORMATS[format].contentType,
        'Content-Disposition': `attachment; filename="audit-${stamp}.${AUDIT_EXPORT_FORMATS[format].extension}"`,
      },
    });
  },
  { route, query: { ...auditQuerySpec, format: z.enum(['csv', 'ndjson'], 'Use format=csv or format=ndjson.') }, portal: 'open' },
);

export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodsNotAllowed(route, ['GET']);
