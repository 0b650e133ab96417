const express = require('express');
const fs = require('fs');
const path = require('path');
const { validate: isUuid } = require('uuid');

const app = express();
const STORE = '/var/lib/app/blobs';

app.get('/blobs/:id', (req, res) => {
  const { id } = req.params;
  if (!isUuid(id)) return res.status(400).end();
  fs.createReadStream(path.join(STORE, id)).on('error', () => res.status(404).end()).pipe(res);
});

module.exports = app;
