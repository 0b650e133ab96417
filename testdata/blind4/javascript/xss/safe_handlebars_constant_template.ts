import Handlebars from 'handlebars';
import type { Request, Response } from 'express';

const itemList = Handlebars.compile('<ul class="checklist">{{#each items}}<li><input type="checkbox"> {{this}}</li>{{/each}}</ul>');

export function previewList(req: Request, res: Response) {
  const raw = req.body.items;
  const items: string[] = Array.isArray(raw) ? raw : [raw].filter(Boolean);
  res.type('html').send(itemList({ items }));
}
