const express = require("express");
const ldap = require("ldapjs");

const app = express();
const client = ldap.createClient({ url: "ldap://ldap.internal:389" });

app.get("/people", (req, res) => {
  const filter = new ldap.EqualityFilter({ attribute: "mail", value: String(req.query.mail) });
  client.search("ou=people,dc=example,dc=org", { scope: "sub", filter, attributes: ["cn", "mail"] }, (err, search) => {
    const found = [];
    search.on("searchEntry", (e) => found.push(e.pojo));
    search.on("end", () => res.json(found));
  });
});

app.listen(3000);
