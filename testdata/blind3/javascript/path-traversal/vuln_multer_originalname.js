const express = require('express');
const fs = require('fs/promises');
const multer = require('multer');
const path = require('path');

const app = express();
const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: 5 * 1024 * 1024 } });
const DOC_DIR = '/srv/app/documents';

class DocumentStore {
  constructor(dir) {
    this.dir = dir;
  }

  async save(file) {
    const target = path.join(this.dir, file.originalname);
    await fs.writeFile(target, file.buffer); // LABEL: CWE-22
    return target;
  }
}

const store = new DocumentStore(DOC_DIR);

app.post('/documents', upload.single('doc'), async (req, res) => {
  await store.save(req.file);
  res.status(201).json({ name: req.file.originalname });
});

app.listen(3000);
