const express = require("express");
const ldap = require("ldapjs");

const app = express();
const client = ldap.createClient({ url: "ldap://ldap.internal:389" });

app.get("/people", (req, res) => {
  const mail = req.query.mail;
  const opts = { scope: "sub", filter: "(mail=" + mail + ")", attributes: ["cn", "mail"] };
  client.search("ou=people,dc=example,dc=org", opts, (err, search) => {  // LABEL: CWE-90
    const found = [];
    search.on("searchEntry", (e) => found.push(e.pojo));
    search.on("end", () => res.json(found));
  });
});

app.listen(3000);
