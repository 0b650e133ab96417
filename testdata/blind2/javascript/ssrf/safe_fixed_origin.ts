import type { NextApiRequest, NextApiResponse } from "next";

const API = "https://api.weather.example/v2/forecast";

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const city = String(req.query.city ?? "berlin");
  const url = new URL(API);
  url.searchParams.set("city", city);
  const r = await fetch(url);
  res.status(200).json(await r.json());
}
