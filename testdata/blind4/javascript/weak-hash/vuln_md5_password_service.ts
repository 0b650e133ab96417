import { createHash, randomBytes } from 'node:crypto';
import type { Pool } from 'pg';

export class CredentialService {
  constructor(private readonly db: Pool) {}

  async setPassword(userId: number, password: string): Promise<void> {
    const salt = randomBytes(8).toString('hex');
    const digest = createHash('md5').update(salt + password).digest('hex'); // LABEL: CWE-328
    await this.db.query('UPDATE users SET password_salt = $1, password_hash = $2 WHERE id = $3', [salt, digest, userId]);
  }
}
