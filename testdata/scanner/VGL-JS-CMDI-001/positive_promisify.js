// A promisified child_process.exec is the same shell: awaited with request data.
const express = require('express');
const util = require('util');
const childProcess = require('child_process');

const sh = util.promisify(childProcess.exec);
const router = express.Router();

router.post('/convert', async (req, res) => {
  const { stdout } = await sh(`convert ${req.body.input} out.png`); // vigil:expect VGL-JS-CMDI-001
  res.json({ ok: stdout.length > 0 });
});

module.exports = router;
