import { Request, Response } from 'express';
import { AppDataSource } from './data-source';
import { Product } from './entity/Product';

const SORTABLE: Record<string, string> = { name: 'p.name', price: 'p.price' };

export async function search(req: Request, res: Response) {
  const term = req.query.q as string;
  const col = SORTABLE[String(req.query.sort)] ?? 'p.name';
  const rows = await AppDataSource.getRepository(Product)
    .createQueryBuilder('p')
    .where('p.name LIKE :term', { term: `%${term}%` })
    .andWhere({ category: req.query.category })
    .orderBy(col, 'ASC')
    .getMany();
  const same = await AppDataSource.query('SELECT * FROM product WHERE sku = $1', [req.params.sku]);
  res.json({ rows, same });
}
