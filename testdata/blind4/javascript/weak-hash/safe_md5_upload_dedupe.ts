import { createHash } from 'node:crypto';
import type { Pool } from 'pg';

export class UploadDeduper {
  constructor(private readonly db: Pool) {}

  // Content fingerprint so the same attachment is stored once per mailbox.
  async existing(mailboxId: number, content: Buffer): Promise<string | null> {
    const fingerprint = createHash('md5').update(content).digest('hex');
    const { rows } = await this.db.query('SELECT blob_id FROM blobs WHERE mailbox_id = $1 AND fingerprint = $2 AND size = $3', [mailboxId, fingerprint, content.length]);
    return rows[0]?.blob_id ?? null;
  }
}
