import { z } from 'zod';
import { requirePortal } from '@/lib/server/portal/guard';
import { auditQueryFor, auditQuerySpec } from '@/lib/server/portal/audit-query';
import { portalStores } from '@/lib/server/portal/stores';
import { AUDIT_CSV_HEADER, auditCsvRow, auditNdjsonLine } from '@/lib/portal/store/export';
import { methodsNotAllowed, withSession } from '@/lib/server/route';

const route = '/api/portal/audit/export';

// GET /api/portal/audit/export?format=csv|ndjson&(filters) – every matching entry, oldest first, as a file; streamed
export const GET = withSession(
  async ({ portal, query }) => {
    const q = auditQueryFor(requirePortal(portal), query);
    const entries = (await portalStores()).audit.stream(q);
    const csv = query.format === 'csv';
    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      async start(controller) {
        if (csv) controller.enqueue(encoder.encode(AUDIT_CSV_HEADER));
        for await (const entry of entries) controller.enqueue(encoder.encode(csv ? auditCsvRow(entry) : auditNdjsonLine(entry)));
        controller.close();
      },
    });
    const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
    return new Response(body, {
      status: 200,
      headers: {
        'Content-Type': csv ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8',
        'Content-Disposition': `attachment; filename="audit-${stamp}.${csv ? 'csv' : 'ndjson'}"`,
      },
    });
  },
  { route, query: { ...auditQuerySpec, format: z.enum(['csv', 'ndjson'], 'Use format=csv or format=ndjson.') }, portal: 'open' },
);

export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodsNotAllowed(route, ['GET']);
