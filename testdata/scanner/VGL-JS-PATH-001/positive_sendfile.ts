import express from "express";

const app = express();
app.get("/docs", (req, res) => {
  res.sendFile("/srv/docs/" + req.query.page); // vigil:expect VGL-JS-PATH-001
});
