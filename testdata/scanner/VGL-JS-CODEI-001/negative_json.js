const express = require("express");
const app = express();

app.post("/calc", (req, res) => {
  const data = JSON.parse(req.body.payload);
  setTimeout(() => res.json(data), 10);
});
