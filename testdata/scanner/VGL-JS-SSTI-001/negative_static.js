const Handlebars = require("handlebars");

const tpl = Handlebars.compile("<h1>{{title}}</h1>");
module.exports = (req) => tpl({ title: req.query.title });
