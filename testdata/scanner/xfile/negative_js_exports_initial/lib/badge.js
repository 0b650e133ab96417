const randomcolor = require("randomcolor");

// Only a colour derived from the name and the name's first letter reach
// the markup.
exports.initialBadge = function (name) {
  const color = randomcolor({ seed: name });
  const letter = name.charAt(0).toUpperCase();
  return '<svg><rect fill="' + color + '"/><text>' + letter + "</text></svg>";
};
