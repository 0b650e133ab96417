import * as proc from "child_process";
import express from "express";

const app = express();
app.use(express.json());

class Thumbnailer {
  constructor(private size: string) {}

  run(file: string): Buffer {
    return proc.execSync(`convert ${file} -resize ${this.size} /tmp/thumb.png`);  // LABEL: CWE-78
  }
}

app.post("/thumb", (req, res) => {
  const t = new Thumbnailer(req.body.size);
  t.run("/srv/images/latest.png");
  res.sendStatus(204);
});
