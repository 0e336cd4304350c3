// Saving a cluster's kubeconfig from the browser. The file comes through script (not a plain link) so that an
// expired session leads to sign-in instead of the browser saving the sign-in page as "kubeconfig.yaml".
import { BffError, redirectToSignIn } from '@/lib/api/client';
import { errorResponseSchema } from '@/lib/api/common/schema';
import { describeStatus } from '@/lib/shared/http';

export type KubeconfigFormat = 'yaml' | 'json';

export function kubeconfigDownloadPath(clusterId: string, format: KubeconfigFormat): string {
  return `/api/dataplatform/clusters/${encodeURIComponent(clusterId)}/kubeconfig?download=${format}`;
}

/** The file name of a Content-Disposition header (RFC 6266: `filename*` wins), without any path part. */
export function fileNameFromContentDisposition(header: string | null): string | undefined {
  if (!header) return undefined;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header)?.[1];
  let name: string | undefined;
  if (extended) {
    try {
      name = decodeURIComponent(extended.trim());
    } catch {
      name = undefined;
    }
  }
  name ??= /filename\s*=\s*"((?:[^"\\]|\\.)*)"/.exec(header)?.[1]?.replace(/\\(.)/g, '$1') ?? /filename\s*=\s*([^;\s]+)/.exec(header)?.[1];
  const base = name?.split(/[\\/]/).pop()?.trim();
  return base ? base : undefined;
}

export function fallbackFileName(clusterName: string | undefined, clusterId: string, format: KubeconfigFormat): string {
  return `${clusterName || clusterId}-kubeconfig.${format}`;
}

async function errorOf(response: Response): Promise<BffError> {
  let messages: { errorCode?: string; message?: string }[] = [];
  try {
    messages = errorResponseSchema.parse(JSON.parse(await response.text())).messages ?? [];
  } catch {
    // Not an ErrorResponse (e.g. a proxy's HTML page): the status alone says enough.
  }
  return new BffError({ status: response.status, messages, message: describeStatus(response.status, messages) });
}

export function save(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later, not at once: some browsers read the blob only after click() has returned.
  window.setTimeout(() => URL.revokeObjectURL(url), 40_000);
}

/**
 * Fetches the kubeconfig as an attachment and saves it; resolves to the saved file's name.
 * Throws BffError on failure; on 401 it first starts the way back through sign-in.
 */
export async function downloadKubeconfig({
  clusterId,
  clusterName,
  format,
}: {
  clusterId: string;
  clusterName?: string;
  format: KubeconfigFormat;
}): Promise<string> {
  let response: Response;
  try {
    response = await fetch(kubeconfigDownloadPath(clusterId, format), {
      headers: { Accept: format === 'yaml' ? 'application/yaml, application/json;q=0.5' : 'application/json' },
      credentials: 'same-origin',
      cache: 'no-store',
    });
  } catch {
    throw new BffError({ status: 0 });
  }
  if (!response.ok) {
    if (response.status === 401) redirectToSignIn();
    throw await errorOf(response);
  }
  // A redirect followed to an HTML page (e.g. sign-in) is no kubeconfig, whatever its status.
  if (/text\/html/i.test(response.headers.get('Content-Type') ?? '')) {
    redirectToSignIn();
    throw new BffError({ status: 401 });
  }
  const fileName = fileNameFromContentDisposition(response.headers.get('Content-Disposition')) ?? fallbackFileName(clusterName, clusterId, format);
  save(await response.blob(), fileName);
  return fileName;
}
