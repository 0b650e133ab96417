import express, { Request, Response } from 'express';
import session from 'express-session';

const app = express();
app.use(express.json());
app.use(session({ secret: process.env.SESSION_SECRET as string, resave: false, saveUninitialized: false, cookie: { secure: true, httpOnly: true } }));

const PLANS: Record<string, { id: string; price: number }> = {
  starter: { id: 'starter', price: 900 },
  team: { id: 'team', price: 2900 },
};

app.post('/checkout/plan', (req: Request, res: Response) => {
  const key = String(req.body.plan);
  const plan = Object.hasOwn(PLANS, key) ? PLANS[key] : PLANS.starter;
  (req.session as unknown as Record<string, unknown>).planId = plan.id;
  res.json({ plan: plan.id, price: plan.price });
});

app.listen(3000);
