import axios from 'axios';
import express, { Request, Response } from 'express';

const app = express();
const WEATHER_API = 'https://api.weather.example.com/v1';

app.get('/weather/:stationId', async (req: Request, res: Response) => {
  const stationId = Number.parseInt(req.params.stationId, 10);
  if (!Number.isInteger(stationId) || stationId <= 0) {
    res.status(400).json({ error: 'bad station' });
    return;
  }
  const { data } = await axios.get(`${WEATHER_API}/stations/${stationId}/current`, { timeout: 5000 });
  res.json({ station: stationId, temperature: data.temperature });
});

app.listen(3000);
