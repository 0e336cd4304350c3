'use client';

import { useId, useState } from 'react';
import { Alert, AlertDescription } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Tabs, TabsContent, TabsList, TabsTrigger } from '@/components/ui/tabs';
import { CLIPBOARD_REFUSED, copyToClipboard } from '@/lib/browser/clipboard';
import { saveFile } from '@/lib/browser/save-file';
import { EXPORT_FORMATS, exportFileName, type ExportFormat, type ExportFormatId } from '@/lib/export/formats';
import type { ExportSubject } from '@/lib/export/subject';

/** The resource as code, one tab per format (lib/export/formats.ts), each with Copy and Download. */
export function ExportPanel({ subject }: { subject: ExportSubject }) {
  const [formatId, setFormatId] = useState<ExportFormatId>('curl');
  const [status, setStatus] = useState('');

  async function copy(format: ExportFormat, code: string) {
    setStatus((await copyToClipboard(code)) ? `${format.label} code copied to the clipboard.` : CLIPBOARD_REFUSED);
  }

  function download(format: ExportFormat, code: string) {
    const fileName = exportFileName(subject, format);
    saveFile(new Blob([code], { type: `${format.mimeType};charset=utf-8` }), fileName);
    setStatus(`Saved as ${fileName}.`);
  }

  return (
    <div className="grid gap-3">
      <Tabs
        value={formatId}
        onValueChange={(value) => {
          setFormatId(value as ExportFormatId);
          setStatus('');
        }}
      >
        <TabsList aria-label="Export format" className="flex-wrap">
          {EXPORT_FORMATS.map((format) => (
            <TabsTrigger key={format.id} value={format.id}>
              {format.label}
            </TabsTrigger>
          ))}
        </TabsList>
        {EXPORT_FORMATS.map((format) => {
          // Only the shown format is generated; the others render empty until chosen.
          const code = format.id === formatId ? format.generate(subject) : '';
          return (
            <TabsContent key={format.id} value={format.id} className="grid gap-3">
              {format.note ? (
                <Alert variant="warning">
                  <AlertDescription>{format.note}</AlertDescription>
                </Alert>
              ) : null}
              <pre
                role="region"
                aria-label={`${format.label} code`}
                tabIndex={0}
                className="max-h-96 overflow-auto rounded-lg border border-border-strong bg-subtle p-4 font-mono text-xs text-foreground"
              >
                <code>{code}</code>
              </pre>
              <div className="flex flex-wrap gap-2">
                <Button variant="outline" size="sm" onClick={() => void copy(format, code)}>
                  Copy
                </Button>
                <Button variant="outline" size="sm" onClick={() => download(format, code)}>
                  Download {exportFileName(subject, format)}
                </Button>
              </div>
            </TabsContent>
          );
        })}
      </Tabs>
      <p role="status" className="text-sm text-muted-foreground empty:hidden">
        {status}
      </p>
    </div>
  );
}

/** The review steps' block: what the wizard is about to create, as code for a pipeline. */
export function ExportSection({ subject }: { subject: ExportSubject }) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="grid gap-2">
      <h3 id={headingId} className="text-base font-semibold">
        Export as code
      </h3>
      <p className="text-sm text-muted-foreground">The same request as curl, Python, Go, Terraform or ionosctl. Credentials stay placeholders.</p>
      <ExportPanel subject={subject} />
    </section>
  );
}
