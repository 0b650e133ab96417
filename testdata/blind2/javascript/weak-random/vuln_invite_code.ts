import express from "express";

const router = express.Router();
const invites = new Map<string, string>();

router.post("/teams/:id/invites", (req, res) => {
  const code = Math.random().toString(36).slice(2, 12);  // LABEL: CWE-338
  invites.set(code, req.params.id);
  res.status(201).json({ code });
});

export default router;
