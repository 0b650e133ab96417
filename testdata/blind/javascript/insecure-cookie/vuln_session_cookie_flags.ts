import express from 'express';
import session from 'express-session';

export const app = express();

app.use(
  session({
    secret: process.env.SESSION_SECRET as string,
    resave: false,
    saveUninitialized: false,
    cookie: { secure: false, httpOnly: false, maxAge: 86_400_000 }, // LABEL: CWE-614, CWE-1004
  }),
);
