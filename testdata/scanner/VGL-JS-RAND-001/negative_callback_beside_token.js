async function loginPage(req, res) {
  const csrfToken = req.csrfToken();
  const greeting = ["Hello", "Welcome", "Hi"][Math.floor(Math.random() * 3)];
  res.render("login", { csrfToken, greeting });
}

module.exports = { loginPage };
