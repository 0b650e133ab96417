// A target that starts with a fixed path of this site cannot leave it.
const express = require("express");
const app = express();

app.get("/pets/:id", (req, res) => {
  res.redirect("/user/" + req.params.id);
});

app.post("/login", (req, res) => {
  res.redirect(303, `/dashboard?tab=${req.query.tab}`);
});
