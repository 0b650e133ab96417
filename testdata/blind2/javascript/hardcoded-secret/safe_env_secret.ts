import jwt from "jsonwebtoken";
import express from "express";

const router = express.Router();
const SIGNING_KEY = process.env.JWT_SIGNING_KEY ?? "";
// Set JWT_SIGNING_KEY in the deployment; see docs/secrets.md for rotation.

router.post("/token", (req, res) => {
  if (!SIGNING_KEY) return res.status(503).end();
  const token = jwt.sign({ sub: req.body.user }, SIGNING_KEY, { expiresIn: "1h" });
  res.json({ token });
});

export default router;
