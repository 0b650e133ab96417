// Timers given functions: request data is an argument or a delay, never code.
const express = require("express");
const app = express();

function notify(msg) {
  console.log(msg);
}

app.get("/remind", (req, res) => {
  setTimeout(() => notify(req.query.msg), 1000);
  setTimeout(notify, Number(req.query.delay) || 1000, req.query.msg);
  setInterval(function () { notify(req.body.target); }, 5000);
  res.send("scheduled");
});
