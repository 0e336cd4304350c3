// METRICS_TOKEN and OTEL_*: read once with the rest of the environment, refused with messages that never echo them.
import { describe, expect, it } from 'vitest';
import { readConfig } from '@/lib/server/config';

const BASE = { NEXTAUTH_SECRET: 'x'.repeat(40) };

describe('METRICS_TOKEN', () => {
  it('is off when unset and taken as is when long enough', () => {
    expect(readConfig(BASE).metricsToken).toBeUndefined();
    expect(readConfig({ ...BASE, METRICS_TOKEN: 'a'.repeat(16) }).metricsToken).toBe('a'.repeat(16));
  });

  it.each(['short-CANARY', 'CANARY with spaces 0123456789', `CANARY-${'a'.repeat(600)}`])('refuses %s without echoing it', (token) => {
    expect(() => readConfig({ ...BASE, METRICS_TOKEN: token })).toThrow(/METRICS_TOKEN must be/);
    try {
      readConfig({ ...BASE, METRICS_TOKEN: token });
    } catch (error) {
      expect((error as Error).message).not.toContain('CANARY');
    }
  });
});

describe('OTEL_*', () => {
  it('is off without OTEL_EXPORTER_OTLP_ENDPOINT, and with OTEL_SDK_DISABLED=true', () => {
    expect(readConfig(BASE).otel).toBeUndefined();
    expect(readConfig({ ...BASE, OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318', OTEL_SDK_DISABLED: 'true' }).otel).toBeUndefined();
  });

  it('sends traces to <endpoint>/v1/traces as stackable-console unless OTEL_SERVICE_NAME says otherwise', () => {
    expect(readConfig({ ...BASE, OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318/' }).otel).toEqual({
      tracesUrl: 'http://collector:4318/v1/traces',
      serviceName: 'stackable-console',
      headers: {},
    });
    const otel = readConfig({ ...BASE, OTEL_EXPORTER_OTLP_ENDPOINT: 'https://otlp.example.test/base', OTEL_SERVICE_NAME: 'console-eu' }).otel;
    expect(otel).toMatchObject({ tracesUrl: 'https://otlp.example.test/base/v1/traces', serviceName: 'console-eu' });
  });

  it('parses OTEL_EXPORTER_OTLP_HEADERS as key=value pairs with URL-encoded values', () => {
    const otel = readConfig({
      ...BASE,
      OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318',
      OTEL_EXPORTER_OTLP_HEADERS: 'Authorization=Basic%20YWxh, x-team = blue ,',
    }).otel;
    expect(otel?.headers).toEqual({ authorization: 'Basic YWxh', 'x-team': 'blue' });
  });

  it.each([
    [{ OTEL_EXPORTER_OTLP_ENDPOINT: 'not a url' }, /not a URL/],
    [{ OTEL_EXPORTER_OTLP_ENDPOINT: 'grpc://c:4317' }, /http or https/],
    [{ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://user:CANARY@c:4318' }, /must not carry credentials/],
    [{ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318', OTEL_EXPORTER_OTLP_HEADERS: 'CANARY-no-equals' }, /key=value/],
    [{ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318', OTEL_EXPORTER_OTLP_HEADERS: 'x=%E0%CANARY' }, /key=value/],
    [{ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318', OTEL_EXPORTER_OTLP_HEADERS: 'bad key=CANARY' }, /key=value/],
  ])('refuses %o without echoing it', (env, message) => {
    expect(() => readConfig({ ...BASE, ...env })).toThrow(message);
    try {
      readConfig({ ...BASE, ...env });
    } catch (error) {
      expect((error as Error).message).not.toContain('CANARY');
    }
  });
});
