const express = require('express');
const { execFile } = require('child_process');

const app = express();
app.use(express.json());

app.post('/tools/whois', (req, res) => {
  const domain = String(req.body.domain || '');
  if (!/^[a-z0-9.-]{1,253}$/i.test(domain)) {
    return res.status(400).json({ error: 'invalid domain' });
  }
  execFile('whois', ['--', domain], { timeout: 10000 }, (err, stdout) => {
    if (err) return res.status(502).json({ error: 'lookup failed' });
    res.json({ domain, record: stdout });
  });
});

app.listen(3000);
