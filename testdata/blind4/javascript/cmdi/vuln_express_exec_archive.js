const express = require('express');
const { exec } = require('child_process');

const router = express.Router();
const PROJECTS_DIR = '/srv/projects';

// Packs a project folder so it can be downloaded from the admin console.
router.post('/projects/:slug/archive', (req, res) => {
  const level = req.body.level || '6';
  const target = `/tmp/archive-${Date.now()}.tar.gz`;
  exec(`GZIP=-${level} tar -czf ${target} -C ${PROJECTS_DIR} ${req.params.slug}`, (err, stdout, stderr) => { // LABEL: CWE-78
    if (err) {
      return res.status(500).json({ error: stderr.trim() });
    }
    res.download(target, `${req.params.slug}.tar.gz`);
  });
});

module.exports = router;
