const express = require('express');
const { exec } = require('child_process');

const router = express.Router();
const PROJECTS_DIR = '/srv/projects';

// Packs a project folder so it can be downloaded from the admin console.
router.post('/projects/:slug/archive', (req, res) => {
  const format = req.body.format || 'tar.gz';
  const target = `/tmp/${req.params.slug}.${format}`;
  exec(`tar -caf ${target} -C ${PROJECTS_DIR} ${req.params.slug}`, (err, stdout, stderr) => { // LABEL: CWE-78
    if (err) {
      return res.status(500).json({ error: stderr.trim() });
    }
    res.download(target);
  });
});

module.exports = router;
