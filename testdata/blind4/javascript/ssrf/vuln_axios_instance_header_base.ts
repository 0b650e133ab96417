import axios, { AxiosInstance } from 'axios';
import type { Request, Response } from 'express';

class InventoryClient {
  private readonly http: AxiosInstance;

  constructor(baseURL: string) {
    this.http = axios.create({ baseURL, timeout: 3000 });
  }

  async stock(sku: string) {
    const { data } = await this.http.get(`/v2/stock/${encodeURIComponent(sku)}`); // LABEL: CWE-918
    return data;
  }
}

export async function stockLevel(req: Request, res: Response) {
  const region = req.header('X-Inventory-Endpoint') ?? 'https://inventory.eu.internal';
  const client = new InventoryClient(region);
  res.json(await client.stock(req.params.sku));
}
