import express from 'express';

export const app = express();

// The theme cookie is read by client-side script on purpose: it holds no
// secret and grants nothing, so HttpOnly would only break the theme switcher.
app.post('/preferences/theme', express.json(), (req, res) => {
  const theme = req.body.theme === 'dark' ? 'dark' : 'light';
  res.cookie('theme', theme, { secure: true, sameSite: 'lax', maxAge: 31_536_000_000, httpOnly: false });
  res.status(204).end();
});
