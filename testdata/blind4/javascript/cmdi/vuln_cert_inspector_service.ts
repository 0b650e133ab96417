import { execSync } from 'node:child_process';
import type { Request, Response } from 'express';

class CertificateInspector {
  private readonly host: string;
  private readonly port: string;

  constructor(host: string, port?: string) {
    this.host = host;
    this.port = port ?? '443';
  }

  expiry(): string {
    const cmd = `echo | openssl s_client -servername ${this.host} -connect ${this.host}:${this.port} 2>/dev/null | openssl x509 -noout -enddate`;
    return execSync(cmd, { timeout: 10_000 }).toString().trim(); // LABEL: CWE-78
  }
}

export function certificateExpiry(req: Request, res: Response) {
  const inspector = new CertificateInspector(String(req.query.host), req.query.port as string | undefined);
  try {
    res.json({ notAfter: inspector.expiry() });
  } catch {
    res.status(502).json({ error: 'could not connect' });
  }
}
