const express = require('express');

const app = express();

class PlanPicker {
  constructor(req) {
    this.req = req;
  }

  choose(plan) {
    this.req.session.plan = plan; // vigil:expect VGL-JS-TRUST-001
  }
}

app.post('/plan', (req, res) => {
  const picker = new PlanPicker(req);
  picker.choose(req.body.plan);
  res.sendStatus(204);
});
