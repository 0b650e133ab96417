// Uploads stored under a server-chosen random name: only the extension of
// the client's file name is kept (checked against a list, or taken with
// path.extname, which holds no directory part).
const express = require("express");
const fs = require("fs");
const path = require("path");
const crypto = require("crypto");
const { v4: uuidv4 } = require("uuid");

const app = express();
const UPLOADS = path.join(__dirname, "uploads");
const IMAGE_TYPES = [".png", ".jpg", ".gif"];

app.post("/avatar", (req, res) => {
  const ext = path.extname(req.body.filename).toLowerCase();
  if (!IMAGE_TYPES.includes(ext)) return res.status(400).end();
  const name = crypto.randomUUID() + ext;
  fs.writeFileSync(path.join(UPLOADS, name), req.body.data);
  res.json({ name });
});

app.post("/attachment", (req, res) => {
  const name = crypto.randomBytes(16).toString("hex") + path.extname(req.body.filename);
  fs.writeFileSync(path.join(UPLOADS, name), req.body.data);
  const copy = `${uuidv4()}${path.extname(req.body.filename)}`;
  fs.copyFile(path.join(UPLOADS, name), path.join(UPLOADS, "copies", copy), () => {});
  res.json({ name });
});
