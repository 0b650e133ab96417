import express, { Request, Response } from 'express';
import yaml from 'js-yaml';

const app = express();
app.use(express.text({ type: 'application/x-yaml' }));

class WorkflowParser {
  parse(text: string): Record<string, unknown> {
    const doc = yaml.load(text, { schema: yaml.JSON_SCHEMA });
    return typeof doc === 'object' && doc !== null ? (doc as Record<string, unknown>) : {};
  }
}

app.post('/workflows', (req: Request, res: Response) => {
  const workflow = new WorkflowParser().parse(req.body);
  res.status(201).json({ name: workflow.name ?? 'untitled' });
});

app.listen(3000);
