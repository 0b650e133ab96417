// The subset of OpenAPI 3.1 the reference page renders.

export type Schema = {
  type?: string | string[];
  format?: string;
  description?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  additionalProperties?: Schema | boolean;
  $ref?: string;
  enum?: unknown[];
};

export interface Parameter {
  name: string;
  in: string;
  description?: string;
  required: boolean;
  schema: Schema;
}

export interface MediaType {
  schema: Schema;
  example?: unknown;
}

export interface Operation {
  operationId: string;
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: Parameter[];
  requestBody?: { required: boolean; content: Record<string, MediaType> };
  responses: Record<string, { description: string; content?: Record<string, MediaType> }>;
  security?: Record<string, string[]>[];
}

export interface OpenAPIDocument {
  openapi: string;
  info: { title: string; version: string; description?: string };
  servers?: { url: string }[];
  tags?: { name: string }[];
  paths: Record<string, Record<string, Operation>>;
  components: {
    schemas?: Record<string, Schema>;
    securitySchemes?: Record<string, { type: string; description?: string; name?: string; in?: string; scheme?: string }>;
  };
}

export const METHOD_ORDER = ['get', 'post', 'put', 'patch', 'delete'];

export interface FlatOperation extends Operation {
  method: string;
  path: string;
}

/** Groups operations by their first tag (untagged ones under "other"). */
export function groupByTag(doc: OpenAPIDocument): [string, FlatOperation[]][] {
  const groups = new Map<string, FlatOperation[]>();
  for (const [path, ops] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      const tag = op.tags?.[0] ?? 'other';
      if (!groups.has(tag)) groups.set(tag, []);
      groups.get(tag)!.push({ ...op, method, path });
    }
  }
  for (const ops of groups.values()) {
    ops.sort((a, b) => a.path.localeCompare(b.path) || METHOD_ORDER.indexOf(a.method) - METHOD_ORDER.indexOf(b.method));
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b));
}

/** A one-line type description of a schema ("string", "array of object"). */
export function typeLabel(s: Schema | undefined): string {
  if (!s) return 'any';
  if (s.$ref) return s.$ref.split('/').pop() ?? 'object';
  const t = Array.isArray(s.type) ? s.type.filter((x) => x !== 'null').join(' | ') + (s.type.includes('null') ? ' | null' : '') : s.type;
  if (t === 'array') return `array of ${typeLabel(s.items)}`;
  if (!t) return 'any';
  return s.format ? `${t} (${s.format})` : t;
}
