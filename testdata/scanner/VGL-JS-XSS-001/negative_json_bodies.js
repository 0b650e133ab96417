// Express serialises objects and arrays as application/json: no markup runs.
const express = require("express");
const app = express();

app.get("/echo", (req, res) => {
  res.send(req.query);
});

app.get("/params", (req, res) => {
  res.send(req.params);
});

app.get("/list", (req, res) => {
  const keys = Object.keys(req.params);
  res.send(keys.map(function (k) { return [k, req.params[k]]; }));
});

app.get("/obj", (req, res) => {
  res.send({ id: req.params.id, ok: true });
});

app.get("/arr", (req, res) => {
  res.send([req.query.a, req.query.b]);
});
