import express from 'express';

export const app = express();
const GEOCODER = 'https://geocoder.example.com/v1/search';

app.get('/geocode', async (req, res) => {
  const address = String(req.query.address ?? '');
  const upstream = await fetch(`${GEOCODER}?q=${encodeURIComponent(address)}&limit=1`);
  res.json(await upstream.json());
});
