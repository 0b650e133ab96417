import express, { Request, Response } from 'express';
import pug from 'pug';

const app = express();

const renderAlert = pug.compile(
  [
    'div.alert',
    '  strong Notice:',
    '  p!= message',
  ].join('\n'),
);

app.get('/alert', (req: Request, res: Response) => {
  const message = typeof req.query.msg === 'string' ? req.query.msg : 'Nothing to report';
  const html: string = renderAlert({ message });
  res.send(html); // LABEL: CWE-79
});

app.listen(3000);
