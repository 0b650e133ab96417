import express from 'express';

export const app = express();
const ORIGIN = 'https://app.example.com';

app.get('/continue', (req, res) => {
  let target: URL;
  try {
    target = new URL(String(req.query.to ?? '/'), ORIGIN);
  } catch {
    return res.redirect('/');
  }
  if (target.origin !== ORIGIN) {
    return res.redirect('/');
  }
  res.redirect(target.pathname + target.search);
});
