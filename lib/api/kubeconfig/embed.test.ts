import { describe, expect, it } from 'vitest';
import { escapeHtml, escapeMarkdownText, kubeconfigEmbed } from '@/lib/api/kubeconfig/embed';

const ID = '8a6f3b2c-1d4e-4f5a-9b8c-7d6e5f4a3b2c';

describe('kubeconfigEmbed', () => {
  const embed = kubeconfigEmbed({ origin: 'https://console.example.com', path: `/clusters/${ID}/kubeconfig`, clusterName: 'kafka-dev' });

  it('links the absolute deep link', () => {
    expect(embed.url).toBe(`https://console.example.com/clusters/${ID}/kubeconfig`);
    expect(embed.markdown).toBe(`[Download the kubeconfig of kafka-dev](https://console.example.com/clusters/${ID}/kubeconfig)`);
  });

  it('gives an HTML link that parses to one anchor with the link and the label', () => {
    expect(embed.html).toMatch(new RegExp(`^<a href="https://console\\.example\\.com/clusters/${ID}/kubeconfig" style="[^"<>]+">`));
    expect(embed.html.endsWith('>Download the kubeconfig of kafka-dev</a>')).toBe(true);
  });

  it('keeps an origin with a base path out of the path’s way and escapes what HTML and Markdown would read', () => {
    const odd = kubeconfigEmbed({ origin: 'http://127.0.0.1:3000', path: '/clusters/x/kubeconfig?format=json', clusterName: 'a_b*[c]<d>&"e"' });
    expect(odd.url).toBe('http://127.0.0.1:3000/clusters/x/kubeconfig?format=json');
    expect(odd.html).toContain('>Download the kubeconfig of a_b*[c]&lt;d&gt;&amp;&quot;e&quot;</a>');
    expect(odd.markdown).toBe('[Download the kubeconfig of a\\_b\\*\\[c\\]\\<d\\>&"e"](http://127.0.0.1:3000/clusters/x/kubeconfig?format=json)');
  });

  it('escapes each special character once', () => {
    expect(escapeHtml(`<&>"'`)).toBe('&lt;&amp;&gt;&quot;&#39;');
    expect(escapeMarkdownText('\\`')).toBe('\\\\\\`');
  });
});
