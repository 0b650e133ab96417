module.exports.greet = function (res, name) {
  res.send("<h1>Hello " + name + "</h1>"); // vigil:expect VGL-JS-XSS-001
};

exports.title = (name) => "<title>" + name.substring(0, 40) + "</title>";
