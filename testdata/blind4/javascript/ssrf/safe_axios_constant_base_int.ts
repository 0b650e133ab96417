import axios from 'axios';
import type { Request, Response } from 'express';

const catalog = axios.create({ baseURL: 'https://catalog.internal.example/api', timeout: 2000 });

export async function productDetails(req: Request, res: Response) {
  const id = Number.parseInt(req.params.id, 10);
  if (!Number.isSafeInteger(id) || id <= 0) {
    return res.status(400).json({ error: 'invalid id' });
  }
  const { data } = await catalog.get(`/products/${id}`);
  res.json(data);
}
