// The zod schemas and the contract cannot drift apart: every pattern, bound, enum, default, required field and
// property of `components.schemas` in the YAML must appear, identical, in the JSON Schema of the zod schema.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { contractSchemas } from '@/lib/api/contract-registry';
import { contractPath } from '@/test/support/contract';

type Schema = Record<string, unknown>;
const contract = parse(readFileSync(contractPath(), 'utf8')) as { components: { schemas: Record<string, Schema> } };
const components = contract.components.schemas;

/** Resolves $ref and single-entry allOf, and records `nullable`. */
function resolveYaml(schema: Schema): { schema: Schema; nullable: boolean } {
  let current = schema;
  let nullable = current.nullable === true;
  for (;;) {
    if (typeof current.$ref === 'string') {
      current = components[current.$ref.split('/').pop()!]!;
    } else if (Array.isArray(current.allOf) && current.allOf.length === 1) {
      current = current.allOf[0] as Schema;
    } else break;
    nullable ||= current.nullable === true;
  }
  return { schema: current, nullable };
}

/** Unwraps zod's `anyOf: [X, {type: null}]` for nullable fields. */
function unwrapZod(schema: Schema, nullable: boolean): Schema {
  if (!Array.isArray(schema.anyOf)) return schema;
  const variants = schema.anyOf as Schema[];
  const nonNull = variants.filter((v) => v.type !== 'null');
  expect(variants.some((v) => v.type === 'null')).toBe(nullable);
  expect(nonNull).toHaveLength(1);
  return { ...nonNull[0], ...(schema.default !== undefined ? { default: schema.default } : {}) };
}

const KEYWORDS = ['type', 'pattern', 'minLength', 'maxLength', 'minimum', 'maximum', 'multipleOf', 'enum', 'default'] as const;

function compare(yamlSchema: Schema, zodSchema: Schema, where: string, problems: string[]): void {
  const { schema: y, nullable } = resolveYaml(yamlSchema);
  const zs = unwrapZod(zodSchema, nullable);
  for (const key of KEYWORDS) {
    if (y[key] === undefined) continue;
    if (JSON.stringify(zs[key]) !== JSON.stringify(y[key])) {
      problems.push(`${where}: ${key} is ${JSON.stringify(zs[key])} in zod, ${JSON.stringify(y[key])} in the contract`);
    }
  }
  if (y.type === 'object' || y.properties) {
    const yProps = (y.properties ?? {}) as Record<string, Schema>;
    const zProps = (zs.properties ?? {}) as Record<string, Schema>;
    const yRequired = [...((y.required as string[]) ?? [])].sort();
    const zRequired = [...((zs.required as string[]) ?? [])].sort();
    if (JSON.stringify(yRequired) !== JSON.stringify(zRequired)) {
      problems.push(`${where}: required is ${JSON.stringify(zRequired)} in zod, ${JSON.stringify(yRequired)} in the contract`);
    }
    const extra = Object.keys(zProps).filter((k) => !(k in yProps));
    if (extra.length) problems.push(`${where}: zod has properties the contract lacks: ${extra.join(', ')}`);
    for (const [name, prop] of Object.entries(yProps)) {
      if (!zProps[name]) problems.push(`${where}.${name}: missing in zod`);
      else compare(prop, zProps[name], `${where}.${name}`, problems);
    }
    if (y.additionalProperties && typeof y.additionalProperties === 'object') {
      const zAdditional = zs.additionalProperties as Schema | undefined;
      if (!zAdditional || typeof zAdditional !== 'object') problems.push(`${where}: additionalProperties missing in zod`);
      else compare(y.additionalProperties as Schema, zAdditional, `${where}{*}`, problems);
    }
  }
  if (y.type === 'array' && y.items) {
    if (!zs.items) problems.push(`${where}[]: items missing in zod`);
    else compare(y.items as Schema, zs.items as Schema, `${where}[]`, problems);
  }
}

function jsonSchemaOf(name: string): Schema {
  return z.toJSONSchema(contractSchemas[name]!, { io: 'input', unrepresentable: 'any', reused: 'inline' }) as Schema;
}

describe('zod schemas against dataplatform.openapi.yaml', () => {
  it('has a zod schema for every schema of the contract, and no other', () => {
    expect(Object.keys(contractSchemas).sort()).toEqual(Object.keys(components).sort());
  });

  it.each(Object.keys(components))('%s enforces the contract', (name) => {
    const problems: string[] = [];
    compare(components[name]!, jsonSchemaOf(name), name, problems);
    expect(problems).toEqual([]);
  });

  it('notices drift: a changed bound is reported', () => {
    const problems: string[] = [];
    const drifted = { ...components.ResourceName!, maxLength: 64 };
    compare(drifted, jsonSchemaOf('ResourceName'), 'ResourceName', problems);
    expect(problems).toEqual(['ResourceName: maxLength is 63 in zod, 64 in the contract']);
  });

  it('the contract rules hold behaviourally at their edges', () => {
    const name = contractSchemas.ResourceName!;
    expect(name.safeParse('ab').success).toBe(true);
    expect(name.safeParse('a').success).toBe(false);
    expect(name.safeParse('a'.repeat(63)).success).toBe(true);
    expect(name.safeParse('a'.repeat(64)).success).toBe(false);
    expect(name.safeParse('-ab').success).toBe(false);
    const pool = contractSchemas.CreateNodePoolProperties!;
    const parsed = pool.parse({ name: 'pool', nodeCount: 1 });
    expect(parsed).toMatchObject({ cpuFamily: 'AUTO', coresCount: 4, ramSize: 4096, availabilityZone: 'AUTO', storageType: 'SSD', storageSize: 20 });
    expect(pool.safeParse({ name: 'pool', nodeCount: 1, ramSize: 3000 }).success).toBe(false);
    expect(contractSchemas.CreateClusterRequest!.safeParse({ properties: { name: 'ab', datacenterId: 'x' }, id: 1 }).success).toBe(false);
  });
});
