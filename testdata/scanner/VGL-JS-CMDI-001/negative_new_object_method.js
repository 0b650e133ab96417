const express = require('express');
const { exec } = require('child_process');

const app = express();

class Thumbnailer {
  make(body) {
    exec('convert ' + body.file + ' -resize 64x64 thumb.png');
  }
}

class Sizes {
  make(body) {
    return String(body.file).length;
  }
}

app.post('/size', (req, res) => {
  res.json({ n: new Sizes().make(req.body) });
});

app.post('/thumb', (req, res) => {
  new Thumbnailer().make({ file: 'default.png' });
  res.sendStatus(202);
});
