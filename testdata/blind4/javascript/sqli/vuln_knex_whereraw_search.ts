import type { Request, Response } from 'express';
import { Knex } from 'knex';

export class ArticleSearch {
  constructor(private readonly db: Knex) {}

  async run(term: string, lang: string) {
    const published = this.db('articles').select('id', 'title', 'slug').where({ published: true, lang });
    return published.whereRaw(`to_tsvector(body) @@ plainto_tsquery('${term}')`).limit(25); // LABEL: CWE-89
  }
}

export function searchHandler(search: ArticleSearch) {
  return async (req: Request, res: Response) => {
    const term = typeof req.query.q === 'string' ? req.query.q : '';
    res.json(await search.run(term, req.acceptsLanguages()[0] ?? 'en'));
  };
}
