const express = require('express');
const Handlebars = require('handlebars');

const app = express();
app.use(express.json());

const commentTemplate = Handlebars.compile(
  '<li class="comment"><b>{{author}}</b> wrote: {{body}}</li>',
);

app.post('/comments/preview', (req, res) => {
  const { author = 'anonymous', body = '' } = req.body;
  const html = commentTemplate({ author, body });
  res.type('html').send(html);
});

app.listen(3000);
