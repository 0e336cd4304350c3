import { describe, expect, it } from 'vitest';
import { leavingPath } from '@/lib/forms/leave-guard';

const here = 'https://console.example/clusters/c1/edit';
const click = (href: string, extra: Partial<{ target: string; download: boolean; modified: boolean }> = {}) => ({
  href,
  target: '',
  download: false,
  modified: false,
  ...extra,
});

describe('leavingPath', () => {
  it('names the in-app page a plain click opens in this tab', () => {
    expect(leavingPath(click('/clusters'), here)).toBe('/clusters');
    expect(leavingPath(click('/clusters/c1?tab=pools'), here)).toBe('/clusters/c1?tab=pools');
    expect(leavingPath(click('/clusters', { target: '_self' }), here)).toBe('/clusters');
  });

  it('lets through clicks that keep the form: new tabs, downloads, other sites, in-page anchors', () => {
    expect(leavingPath(click('/clusters', { target: '_blank' }), here)).toBeUndefined();
    expect(leavingPath(click('/clusters', { modified: true }), here)).toBeUndefined();
    expect(leavingPath(click('/api/kubeconfig', { download: true }), here)).toBeUndefined();
    expect(leavingPath(click('https://docs.example/help'), here)).toBeUndefined();
    expect(leavingPath(click('#lans'), here)).toBeUndefined();
  });
});
