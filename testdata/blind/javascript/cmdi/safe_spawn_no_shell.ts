import { spawn } from 'node:child_process';
import express from 'express';

export const app = express();
app.use(express.json());

const FORMATS = new Set(['mp3', 'ogg', 'wav']);

app.post('/convert', (req, res) => {
  const format = FORMATS.has(req.body.format) ? req.body.format : 'mp3';
  const child = spawn('ffmpeg', ['-i', String(req.body.input), `out.${format}`]);
  child.on('close', (code) => res.json({ ok: code === 0 }));
});
