import express from "express";
import { randomBytes } from "crypto";

const router = express.Router();
const invites = new Map<string, string>();

router.post("/teams/:id/invites", (req, res) => {
  const code = randomBytes(16).toString("base64url");
  invites.set(code, req.params.id);
  res.status(201).json({ code });
});

export default router;
