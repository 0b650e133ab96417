import { exec } from 'node:child_process';
import { promisify } from 'node:util';
import express from 'express';

const run = promisify(exec);
export const app = express();
app.use(express.json());

app.post('/certs/inspect', async (req, res) => {
  const host: string = req.body.host;
  const { stdout } = await run(`echo | openssl s_client -connect ${host}:443 2>/dev/null | openssl x509 -noout -dates`); // LABEL: CWE-78
  res.type('text/plain').send(stdout);
});
