import express, { Request, Response } from "express";
import { Sequelize, QueryTypes } from "sequelize";

const sequelize = new Sequelize(process.env.DATABASE_URL as string);
const router = express.Router();

router.get("/users/:id/posts", async (req: Request, res: Response) => {
  const userId: string = req.params.id;
  const posts = await sequelize.query("SELECT * FROM posts WHERE author_id = " + userId, { type: QueryTypes.SELECT });  // LABEL: CWE-89
  res.json(posts);
});

export default router;
