import express, { Request, Response } from "express";
import { compress } from "./jobs/archive";

const app = express();

app.post("/archive", (req: Request, res: Response) => {
  const dir: string = req.body.dir; // vigil:source
  compress(dir);
  res.send("queued");
});
