const express = require('express');
const { exec } = require('child_process');

const app = express();

class Thumbnailer {
  make(body) {
    exec('convert ' + body.file + ' -resize 64x64 thumb.png'); // vigil:expect VGL-JS-CMDI-001
  }
}

app.post('/thumb', (req, res) => {
  new Thumbnailer().make(req.body);
  res.sendStatus(202);
});
