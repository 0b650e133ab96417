import { Router, Request, Response } from "express";
import { AccountService } from "./accountService";
import { AuditLog } from "./auditLog";

export function accountRoutes(service: AccountService, audit: AuditLog): Router {
  const r = Router();
  r.post("/archive", (req: Request, res: Response) => {
    audit.archive(req.body.name as string);
    service.archive("nightly");
    res.sendStatus(202);
  });
  return r;
}
