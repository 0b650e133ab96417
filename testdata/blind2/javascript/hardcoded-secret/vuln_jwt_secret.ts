import jwt from "jsonwebtoken";
import express from "express";

const router = express.Router();
const SIGNING_KEY = "f9c1d7a3b8e24c6fa0b5d2e7c4a91f36e8b7d0c2a5f4e1b9";  // LABEL: CWE-798

router.post("/token", (req, res) => {
  const token = jwt.sign({ sub: req.body.user }, SIGNING_KEY, { expiresIn: "1h" });
  res.json({ token });
});

export default router;
