// Aggregates for the report charts, computed from findings pages.
import type { Finding } from './api';

export interface Bucket {
  name: string;
  count: number;
}

/** Top n buckets by count (ties by name), the rest summed as "other". */
export function topBuckets(findings: Finding[], key: (f: Finding) => string[], n = 8): Bucket[] {
  const m = new Map<string, number>();
  for (const f of findings) {
    const ks = key(f);
    for (const k of ks.length ? ks : ['(none)']) m.set(k, (m.get(k) ?? 0) + 1);
  }
  const all = [...m.entries()].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  if (all.length <= n) return all;
  const rest = all.slice(n).reduce((s, b) => s + b.count, 0);
  return [...all.slice(0, n), { name: 'other', count: rest }];
}

export const byCWE = (f: Finding) => f.cwe;
export const byOWASP = (f: Finding) => f.owasp;
export const byFile = (f: Finding) => [f.location.path];
