// Chart data from GET /api/v1/analyses/{id}/summary (modules/analysis
// summary.go): the server counts every finding with SQL GROUP BY.
import type { Breakdown } from './api';

export interface Bucket {
  name: string;
  count: number;
}

/** The breakdown's top buckets, then what was left out as "other". */
export function chartBuckets(b: Breakdown): Bucket[] {
  const out = b.buckets.map((x) => ({ name: x.key, count: x.count }));
  if (b.other > 0) out.push({ name: 'other', count: b.other });
  return out;
}
