import express from 'express';
import { XMLParser } from 'fast-xml-parser';

export const app = express();
app.use(express.text({ type: 'application/xml' }));
const parser = new XMLParser({ ignoreAttributes: false, processEntities: false });

app.post('/feeds', (req, res) => {
  const feed = parser.parse(req.body as string);
  res.json({ title: feed?.rss?.channel?.title ?? null });
});
