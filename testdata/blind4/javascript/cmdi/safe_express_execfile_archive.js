const express = require('express');
const { execFile } = require('child_process');

const router = express.Router();
const PROJECTS_DIR = '/srv/projects';
const FORMATS = new Set(['tar.gz', 'tar.xz', 'zip']);
const SLUG = /^[a-z0-9][a-z0-9-]{0,62}$/;

// Packs a project folder so it can be downloaded from the admin console.
router.post('/projects/:slug/archive', (req, res) => {
  const format = FORMATS.has(req.body.format) ? req.body.format : 'tar.gz';
  if (!SLUG.test(req.params.slug)) {
    return res.status(400).json({ error: 'bad project' });
  }
  const target = `/tmp/${req.params.slug}.${format}`;
  execFile('tar', ['-caf', target, '-C', PROJECTS_DIR, '--', req.params.slug], (err, stdout, stderr) => {
    if (err) {
      return res.status(500).json({ error: stderr.trim() });
    }
    res.download(target);
  });
});

module.exports = router;
