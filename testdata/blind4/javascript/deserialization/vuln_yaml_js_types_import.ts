import yaml from 'js-yaml';
import { all as jsTypes } from 'js-yaml-js-types';
import type { Request, Response } from 'express';

const PIPELINE_SCHEMA = yaml.DEFAULT_SCHEMA.extend(jsTypes);

export async function importPipeline(req: Request, res: Response) {
  const source = req.body.toString('utf8');
  const pipeline = yaml.load(source, { schema: PIPELINE_SCHEMA }) as { name: string; steps: unknown[] }; // LABEL: CWE-502
  await req.app.locals.pipelines.save(pipeline);
  res.status(201).json({ name: pipeline.name, steps: pipeline.steps.length });
}
