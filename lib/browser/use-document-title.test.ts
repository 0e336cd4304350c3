import { describe, expect, it } from 'vitest';
import { documentTitle } from '@/lib/browser/use-document-title';

describe('documentTitle', () => {
  it('names the resource first, then its kind and the console', () => {
    expect(documentTitle('kafka-dev', 'Cluster')).toBe('kafka-dev · Cluster · Data Platform console');
    expect(documentTitle(undefined, 'Node pool')).toBe('Node pool · Data Platform console');
  });
});
