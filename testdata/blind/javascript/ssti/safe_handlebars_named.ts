import express from 'express';
import Handlebars from 'handlebars';

export const app = express();
app.use(express.json());

const TEMPLATES: Record<string, HandlebarsTemplateDelegate> = {
  welcome: Handlebars.compile('<p>Hello {{name}}</p>'),
  reset: Handlebars.compile('<p>{{name}}, use the link in this mail to reset your password.</p>'),
};

app.post('/emails/preview', (req, res) => {
  const render = TEMPLATES[req.body.kind === 'reset' ? 'reset' : 'welcome'];
  res.json({ html: render({ name: String(req.body.name ?? '') }) });
});
