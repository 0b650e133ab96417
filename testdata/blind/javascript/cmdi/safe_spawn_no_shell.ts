import { spawn } from 'node:child_process';
import path from 'node:path';
import express from 'express';

export const app = express();
app.use(express.json());

const UPLOADS = '/var/lib/app/uploads';
const FORMATS = new Set(['mp3', 'ogg', 'wav']);
const UPLOAD_ID = /^[0-9a-f]{32}$/;

app.post('/convert', (req, res) => {
  const id = String(req.body.uploadId ?? '');
  if (!UPLOAD_ID.test(id)) return res.status(400).json({ error: 'bad upload id' });
  const format = FORMATS.has(req.body.format) ? req.body.format : 'mp3';
  const input = path.join(UPLOADS, id);
  const child = spawn('ffmpeg', ['-i', input, path.join(UPLOADS, `${id}.${format}`)]);
  child.on('close', (code) => res.json({ ok: code === 0 }));
});
