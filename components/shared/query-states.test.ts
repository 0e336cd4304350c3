import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { errorHint, isBusyError, PERMISSION_HINT, QueryError } from '@/components/shared/query-states';
import { BffError } from '@/lib/api/client';

const failed = (status: number) => new BffError({ status, message: `Answer ${status}.` });
const render = (props: Partial<Parameters<typeof QueryError>[0]> & { error: unknown }) =>
  renderToStaticMarkup(createElement(QueryError, { onRetry: () => undefined, retrying: false, ...props }));

describe('errorHint', () => {
  it('says what the user can do where there is something to say', () => {
    expect(errorHint(failed(429))).toMatch(/busy/);
    expect(errorHint(failed(503))).toMatch(/busy/);
    expect(errorHint(failed(403))).toBe(PERMISSION_HINT);
    expect(errorHint(failed(0))).toMatch(/once it can reach its server/);
    expect(errorHint(failed(500))).toBeNull();
    expect(errorHint(new Error('boom'))).toBeNull();
  });

  it('treats only 429 and 503 as busy', () => {
    expect([429, 503, 500, 403].map((status) => isBusyError(failed(status)))).toEqual([true, true, false, false]);
  });
});

describe('QueryError', () => {
  it('shows the API’s message, the hint and exactly one "Try again"', () => {
    const html = render({ title: 'The clusters could not be loaded', error: failed(500), hint: 'A hint.' });
    expect(html).toContain('role="alert"');
    expect(html).toContain('The clusters could not be loaded');
    expect(html).toContain('Answer 500.');
    expect(html).toContain('A hint.');
    expect(html.match(/Try again/g)).toHaveLength(1);
    expect(html).toMatch(/red-50/);
  });

  it('offers no "Try again" for a missing privilege, but says whom to ask', () => {
    for (const hint of [undefined, PERMISSION_HINT]) {
      const html = render({ title: 'The clusters could not be loaded', error: failed(403), hint });
      expect(html).toContain('Answer 403.');
      expect(html).toContain('Manage Dataplatform');
      expect(html).toContain('contract administrator');
      expect(html).not.toContain('Try again');
    }
  });

  it('warns instead of failing over older data or when the API is busy', () => {
    const stale = render({ error: failed(500), stale: 'table' });
    expect(stale).toContain('Answer 500. The table shows the last known state.');
    expect(stale).toMatch(/amber-50/);
    expect(render({ error: failed(429) })).toMatch(/amber-50/);
  });

  it('words an error that is not the API’s, and says when it is trying', () => {
    const html = render({ error: new Error('x'), retrying: true });
    expect(html).toContain('Something went wrong in the console.');
    expect(html).toContain('Trying again…');
    expect(html).toContain('disabled');
  });
});
