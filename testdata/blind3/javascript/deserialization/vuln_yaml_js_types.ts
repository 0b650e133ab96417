import express, { Request, Response } from 'express';
import yaml from 'js-yaml';
import jsTypes from 'js-yaml-js-types';

const app = express();
app.use(express.text({ type: 'application/x-yaml' }));

const EXTENDED_SCHEMA = yaml.DEFAULT_SCHEMA.extend(jsTypes.all);

class WorkflowParser {
  parse(text: string): Record<string, unknown> {
    return yaml.load(text, { schema: EXTENDED_SCHEMA }) as Record<string, unknown>; // LABEL: CWE-502
  }
}

app.post('/workflows', (req: Request, res: Response) => {
  const workflow = new WorkflowParser().parse(req.body);
  res.status(201).json({ name: workflow.name ?? 'untitled' });
});

app.listen(3000);
