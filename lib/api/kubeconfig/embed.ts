// The kubeconfig link as snippets for other pages (wikis, READMEs, developer portals). The link carries no secret:
// whoever follows it signs in to the console, and the session decides whether the file is theirs to download.

export type KubeconfigEmbed = {
  /** The absolute link, e.g. https://console.example.com/clusters/<id>/kubeconfig. */
  url: string;
  /** An HTML link styled as a button, inline styles only (wikis strip classes and style sheets). */
  html: string;
  /** A Markdown link. */
  markdown: string;
};

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);
}

/** Markdown link text: the characters that would end the text or start markup are backslash-escaped. */
export function escapeMarkdownText(text: string): string {
  return text.replace(/[\\`*_{}[\]()<>#+!|]/g, (char) => `\\${char}`);
}

const BUTTON_STYLE = [
  'display:inline-block',
  'padding:8px 16px',
  'border-radius:6px',
  'background:#1d4ed8',
  'color:#ffffff',
  'font:600 14px/20px system-ui,sans-serif',
  'text-decoration:none',
].join(';');

/**
 * The snippets for `path` (from kubeconfigHref) on the console at `origin`. Markdown link destinations with
 * spaces or parentheses would need angle brackets; console paths have neither, and the URL is encoded anyway.
 */
export function kubeconfigEmbed({ origin, path, clusterName }: { origin: string; path: string; clusterName: string }): KubeconfigEmbed {
  const url = new URL(path, origin).href;
  const label = `Download the kubeconfig of ${clusterName}`;
  return {
    url,
    html: `<a href="${escapeHtml(url)}" style="${BUTTON_STYLE}">${escapeHtml(label)}</a>`,
    markdown: `[${escapeMarkdownText(label)}](${url})`,
  };
}
