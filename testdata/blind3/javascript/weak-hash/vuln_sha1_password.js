const crypto = require('crypto');
const express = require('express');
const { Users } = require('./models');

const app = express();
app.use(express.json());

class PasswordHasher {
  constructor(pepper) {
    this.pepper = pepper;
  }

  hash(password) {
    return crypto.createHash('sha1').update(this.pepper + password).digest('hex'); // LABEL: CWE-328, CWE-916
  }
}

const hasher = new PasswordHasher(process.env.PASSWORD_PEPPER || '');

app.post('/signup', async (req, res) => {
  const user = await Users.create({ email: req.body.email, passwordHash: hasher.hash(req.body.password) });
  res.status(201).json({ id: user.id });
});

app.listen(3000);
