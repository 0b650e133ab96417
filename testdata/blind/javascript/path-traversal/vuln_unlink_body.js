const express = require('express');
const fs = require('fs/promises');
const path = require('path');

const app = express();
app.use(express.json());
const UPLOADS = path.join(__dirname, 'uploads');

app.delete('/attachments', async (req, res) => {
  const { fileName } = req.body;
  await fs.unlink(`${UPLOADS}/${fileName}`); // LABEL: CWE-22
  res.status(204).end();
});

module.exports = app;
