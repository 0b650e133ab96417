import { Router, Request, Response } from "express";
import { AccountService } from "./accountService";

export function accountRoutes(service: AccountService): Router {
  const r = Router();
  r.post("/archive", (req: Request, res: Response) => {
    const name = req.body.name as string; // vigil:source
    service.archive(name);
    res.sendStatus(202);
  });
  return r;
}
