import { describe, expect, it } from 'vitest';
import { fallbackFileName, fileNameFromContentDisposition, kubeconfigDownloadPath } from '@/lib/api/kubeconfig/download';

describe('fileNameFromContentDisposition', () => {
  it.each([
    ['attachment; filename="kafka-dev-kubeconfig.yaml"', 'kafka-dev-kubeconfig.yaml'],
    ['attachment; filename=plain.json', 'plain.json'],
    [`attachment; filename="fallback.yaml"; filename*=UTF-8''caf%C3%A9-kubeconfig.yaml`, 'café-kubeconfig.yaml'],
    ['attachment; filename="a\\"b.yaml"', 'a"b.yaml'],
    ['attachment; filename="../../etc/passwd"', 'passwd'],
    ['attachment; filename="C:\\\\temp\\\\x.yaml"', 'x.yaml'],
  ])('%s → %s', (header, name) => {
    expect(fileNameFromContentDisposition(header)).toBe(name);
  });

  it('gives nothing when there is no usable name', () => {
    expect(fileNameFromContentDisposition(null)).toBeUndefined();
    expect(fileNameFromContentDisposition('attachment')).toBeUndefined();
    expect(fileNameFromContentDisposition('attachment; filename=""')).toBeUndefined();
    expect(fileNameFromContentDisposition("attachment; filename*=UTF-8''%E0%A4%A")).toBeUndefined();
  });
});

describe('paths and names', () => {
  it('asks the BFF for an attachment in the chosen format', () => {
    expect(kubeconfigDownloadPath('abc', 'yaml')).toBe('/api/dataplatform/clusters/abc/kubeconfig?download=yaml');
    expect(kubeconfigDownloadPath('a/b', 'json')).toBe('/api/dataplatform/clusters/a%2Fb/kubeconfig?download=json');
  });

  it('falls back to <cluster-name>-kubeconfig.<format>', () => {
    expect(fallbackFileName('kafka-dev', 'id', 'yaml')).toBe('kafka-dev-kubeconfig.yaml');
    expect(fallbackFileName(undefined, 'id', 'json')).toBe('id-kubeconfig.json');
  });
});
