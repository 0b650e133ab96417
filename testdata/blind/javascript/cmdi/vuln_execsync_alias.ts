import * as cp from 'child_process';
import express from 'express';

export const app = express();

app.get('/repos/:name/log', (req, res) => {
  const branch = (req.query.branch as string) || 'main';
  const dir = `/srv/git/${req.params.name}.git`;
  const out = cp.execSync(`git --git-dir=${dir} log --oneline ${branch}`); // LABEL: CWE-78
  res.type('text/plain').send(out.toString());
});
