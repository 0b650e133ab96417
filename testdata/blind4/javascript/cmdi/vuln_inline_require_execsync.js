const express = require('express');
const multer = require('multer');

const upload = multer({ dest: '/var/tmp/uploads' });
const router = express.Router();

router.post('/images/resize', upload.single('image'), (req, res) => {
  let geometry = req.body.geometry;
  if (!geometry) {
    geometry = '800x600';
  }
  const out = `${req.file.path}-resized.png`;
  require('child_process').execSync('convert ' + req.file.path + ' -resize ' + geometry + ' ' + out); // LABEL: CWE-78
  res.sendFile(out);
});

module.exports = router;
