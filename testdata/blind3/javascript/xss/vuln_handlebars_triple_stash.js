const express = require('express');
const Handlebars = require('handlebars');

const app = express();
app.use(express.urlencoded({ extended: false }));

const noteTemplate = Handlebars.compile(
  '<div class="note"><h3>{{title}}</h3><div class="content">{{{content}}}</div></div>',
);

class NotePreview {
  constructor(title, content) {
    this.title = title;
    this.content = content;
  }
}

app.post('/notes/preview', (req, res) => {
  const preview = new NotePreview(req.body.title, req.body.content);
  res.send(noteTemplate(preview)); // LABEL: CWE-79
});

app.listen(3000);
