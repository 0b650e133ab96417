const express = require('express');
const multer = require('multer');
const { Transcoder } = require('./transcoder');

const upload = multer({ dest: '/tmp/uploads' });
const router = express.Router();
const transcoder = new Transcoder({ outDir: '/srv/media/out' });

router.post('/media/transcode', upload.single('video'), async (req, res) => {
  const format = req.body.format || 'mp4';
  try {
    const out = await transcoder.convert(req.file.path, format);
    res.json({ output: out });
  } catch (err) {
    res.status(500).json({ error: 'transcode failed' });
  }
});

module.exports = router;
