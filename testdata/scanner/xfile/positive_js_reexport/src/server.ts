import express, { Request, Response } from "express";
import { listDir, pack } from "./lib";

const app = express();

app.post("/ls", (req: Request, res: Response) => {
  const dir: string = req.body.dir; // vigil:source
  listDir(dir);
  pack(dir);
  res.send("ok");
});
