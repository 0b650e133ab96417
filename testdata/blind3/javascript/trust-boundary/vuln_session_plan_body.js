const express = require('express');
const session = require('express-session');

const app = express();
app.use(express.json());
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false, cookie: { secure: true, httpOnly: true } }));

class CheckoutState {
  constructor(req) {
    this.req = req;
  }

  choosePlan(plan) {
    this.req.session.plan = plan; // LABEL: CWE-501
  }
}

app.post('/checkout/plan', (req, res) => {
  new CheckoutState(req).choosePlan(req.body.plan);
  res.json({ plan: req.session.plan });
});

app.listen(3000);
