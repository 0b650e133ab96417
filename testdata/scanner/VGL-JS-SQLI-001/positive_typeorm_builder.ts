import { Request, Response } from 'express';
import { AppDataSource } from './data-source';
import { Product } from './entity/Product';

export async function search(req: Request, res: Response) {
  const term = req.query.q as string;
  const rows = await AppDataSource.getRepository(Product)
    .createQueryBuilder('p')
    .where(`p.name LIKE '%${term}%'`) // vigil:expect VGL-JS-SQLI-001
    .getMany();
  res.json(rows);
}

export async function sorted(req: Request, res: Response) {
  const qb = AppDataSource.getRepository(Product).createQueryBuilder('p');
  qb.orderBy(req.query.sort as string, 'ASC'); // vigil:expect VGL-JS-SQLI-001
  res.json(await qb.getMany());
}

export async function raw(req: Request, res: Response) {
  const rows = await AppDataSource.query(`SELECT * FROM product WHERE sku = '${req.params.sku}'`); // vigil:expect VGL-JS-SQLI-001
  res.json(rows);
}
