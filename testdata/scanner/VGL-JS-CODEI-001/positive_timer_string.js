// setTimeout/setInterval given a string evaluate it like eval().
const express = require("express");
const app = express();

app.get("/remind", (req, res) => {
  setTimeout("notify('" + req.query.msg + "')", 1000); // vigil:expect VGL-JS-CODEI-001
  const every = req.body.every;
  setInterval(`poll(${req.body.target})`, every); // vigil:expect VGL-JS-CODEI-001
  res.send("scheduled");
});
