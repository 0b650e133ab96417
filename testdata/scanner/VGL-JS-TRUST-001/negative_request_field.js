const express = require('express');

const PLANS = ['free', 'team', 'enterprise'];
const app = express();

class PlanPicker {
  constructor(req) {
    this.req = req;
    this.draft = {};
  }

  choose(plan) {
    this.draft.session = plan;
    if (PLANS.includes(plan)) {
      this.req.session.plan = plan;
    }
  }
}

app.post('/plan', (req, res) => {
  new PlanPicker(req).choose(req.body.plan);
  res.sendStatus(204);
});
