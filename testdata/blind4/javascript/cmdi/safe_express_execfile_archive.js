const express = require('express');
const { execFile } = require('child_process');

const router = express.Router();
const PROJECTS_DIR = '/srv/projects';
const SLUG = /^[a-z0-9][a-z0-9-]{0,62}$/;

// Packs a project folder so it can be downloaded from the admin console.
router.post('/projects/:slug/archive', (req, res) => {
  const level = Math.min(Math.max(parseInt(req.body.level, 10) || 6, 1), 9);
  if (!SLUG.test(req.params.slug)) {
    return res.status(400).json({ error: 'bad project' });
  }
  const target = `/tmp/archive-${Date.now()}.tar.gz`;
  const env = { ...process.env, GZIP: `-${level}` };
  execFile('tar', ['-czf', target, '-C', PROJECTS_DIR, '--', req.params.slug], { env }, (err, stdout, stderr) => {
    if (err) {
      return res.status(500).json({ error: stderr.trim() });
    }
    res.download(target, `${req.params.slug}.tar.gz`);
  });
});

module.exports = router;
