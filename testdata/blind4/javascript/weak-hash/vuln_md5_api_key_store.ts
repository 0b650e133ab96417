import { createHash, randomBytes } from 'node:crypto';
import type { Pool } from 'pg';

export class ApiKeyService {
  constructor(private readonly db: Pool) {}

  async issue(accountId: number): Promise<string> {
    const key = `sk_live_${randomBytes(24).toString('hex')}`;
    const digest = createHash('md5').update(key).digest('hex'); // LABEL: CWE-328
    await this.db.query('INSERT INTO api_keys (account_id, key_hash) VALUES ($1, $2)', [accountId, digest]);
    return key;
  }
}
