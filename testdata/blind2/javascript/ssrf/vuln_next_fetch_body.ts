import type { NextApiRequest, NextApiResponse } from "next";

type Body = { feedUrl?: string };

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const body = req.body as Body;
  const settings = { feed: body.feedUrl ?? "https://blog.example.com/rss" };
  const r = await fetch(settings.feed);  // LABEL: CWE-918
  res.status(200).send(await r.text());
}
