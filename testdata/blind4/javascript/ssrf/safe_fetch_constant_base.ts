import type { NextApiRequest, NextApiResponse } from 'next';

const WEATHER_API = 'https://api.weather.example.com/v1/forecast';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const lat = Number(req.query.lat);
  const lon = Number(req.query.lon);
  if (!Number.isFinite(lat) || !Number.isFinite(lon)) {
    return res.status(400).json({ error: 'lat and lon required' });
  }
  const url = new URL(WEATHER_API);
  url.searchParams.set('lat', lat.toFixed(3));
  url.searchParams.set('lon', lon.toFixed(3));
  const upstream = await fetch(url, { headers: { authorization: `Bearer ${process.env.WEATHER_TOKEN}` } });
  res.status(upstream.status).json(await upstream.json());
}
