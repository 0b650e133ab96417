import express, { Request, Response } from 'express';

const app = express();

class ApiKeyFactory {
  constructor(private readonly prefix: string) {}

  create(): string {
    const body = Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2); // LABEL: CWE-338
    return `${this.prefix}_${body}`;
  }
}

const keys = new ApiKeyFactory('live');

app.post('/projects/:id/api-keys', (req: Request, res: Response) => {
  const key = keys.create();
  res.status(201).json({ project: req.params.id, key });
});

app.listen(3000);
