// Matches whose first character is not a fixed one stay HTML for $().
function highlight() {
  var m = window.location.hash.match(/.?diff-.+$/);
  if (m) {
    $(m[0]).addClass("active"); // vigil:expect VGL-JS-XSS-002
  }
}

function optionalHash() {
  // the # may be missing: the match can start with <
  var m = window.location.hash.match(/#?[^ ]+/);
  $(m[0]).show(); // vigil:expect VGL-JS-XSS-002
}

function group() {
  // a capture group starts wherever the group does
  var m = window.location.hash.match(/^#(.+)$/);
  $(m[1]).show(); // vigil:expect VGL-JS-XSS-002
}

function alternative() {
  // the anchor binds only the first alternative
  var m = location.hash.match(/^#x|<.+/);
  $(m[0]).show(); // vigil:expect VGL-JS-XSS-002
}

function classStart() {
  // a class may hold <
  var m = decodeURIComponent(location.hash).match(/[#<].*$/);
  $(m[0]).show(); // vigil:expect VGL-JS-XSS-002
}

function innerHtml() {
  // innerHTML parses markup anywhere in the text
  var m = location.hash.match(/^#.+$/);
  document.getElementById("out").innerHTML = m[0]; // vigil:expect VGL-JS-XSS-002
}
