import axios, { AxiosInstance } from 'axios';
import express, { Request, Response } from 'express';

export class AvatarFetcher {
  constructor(private readonly http: AxiosInstance = axios.create({ timeout: 3000 })) {}

  async fetch(url: string): Promise<Buffer> {
    const res = await this.http.get(url, { responseType: 'arraybuffer' }); // vigil:expect VGL-JS-SSRF-001
    return res.data;
  }
}

const app = express();
app.get('/avatar', async (req: Request, res: Response) => {
  res.send(await new AvatarFetcher().fetch(String(req.query.src)));
});
