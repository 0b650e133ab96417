import express, { Request, Response } from 'express';
import Handlebars from 'handlebars';

const app = express();
app.use(express.json());

class FooterService {
  private source = '<footer>{{company}}</footer>';

  update(source: string): void {
    this.source = source;
  }

  render(company: string): string {
    const template = Handlebars.compile(this.source); // LABEL: CWE-1336
    return template({ company, year: new Date().getFullYear() });
  }
}

const footers = new FooterService();

app.put('/site/footer', (req: Request, res: Response) => {
  footers.update(String(req.body.source));
  res.json({ preview: footers.render('Acme Ltd') });
});

app.listen(3000);
