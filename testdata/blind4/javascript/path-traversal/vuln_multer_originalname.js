const express = require('express');
const multer = require('multer');
const fs = require('fs/promises');
const path = require('path');

// Folder uploads keep their relative paths so the tree can be rebuilt on the share.
const upload = multer({ storage: multer.memoryStorage(), preservePath: true, limits: { fileSize: 5 * 1024 * 1024 } });
const router = express.Router();
const SHARE_DIR = '/srv/share/incoming';

router.post('/share', upload.single('document'), async (req, res) => {
  const name = req.file.originalname;
  if (name.startsWith('..')) {
    return res.status(400).send('invalid name');
  }
  await fs.writeFile(path.join(SHARE_DIR, name), req.file.buffer); // LABEL: CWE-22
  res.status(201).json({ stored: name });
});

module.exports = router;
