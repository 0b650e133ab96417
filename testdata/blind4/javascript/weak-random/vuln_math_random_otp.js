const express = require('express');

const router = express.Router();

function oneTimeCode() {
  let code = '';
  for (let i = 0; i < 6; i += 1) {
    code += Math.floor(Math.random() * 10); // LABEL: CWE-338
  }
  return code;
}

router.post('/login/sms', async (req, res) => {
  const user = await req.app.locals.users.byPhone(req.body.phone);
  if (user) {
    const code = oneTimeCode();
    await req.app.locals.otp.store(user.id, code, 300);
    await req.app.locals.sms.send(user.phone, `Your sign-in code is ${code}`);
  }
  res.status(202).end();
});

module.exports = router;
