const express = require('express');
const multer = require('multer');

const upload = multer({ dest: '/var/tmp/uploads' });
const router = express.Router();
const GEOMETRY = /^\d{1,4}x\d{1,4}$/;

router.post('/images/resize', upload.single('image'), (req, res) => {
  let geometry = req.body.geometry;
  if (!geometry || !GEOMETRY.test(geometry)) {
    geometry = '800x600';
  }
  const out = `${req.file.path}-resized.png`;
  require('child_process').execFileSync('convert', [req.file.path, '-resize', geometry, out]);
  res.sendFile(out);
});

module.exports = router;
