import express from 'express';
import multer from 'multer';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: 5 * 1024 * 1024 } });
const router = express.Router();
const SHARE_DIR = '/srv/share/incoming';

router.post('/share', upload.single('document'), async (req, res) => {
  const original = path.basename(req.file!.originalname);
  const ext = path.extname(original).replace(/[^.a-z0-9]/gi, '').slice(0, 8);
  const stored = `${randomUUID()}${ext}`;
  await fs.writeFile(path.join(SHARE_DIR, stored), req.file!.buffer);
  res.status(201).json({ stored, original });
});

export default router;
