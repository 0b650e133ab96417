// Markup built from the URL and appended, or an element's HTML set from it.
$(function () {
  var msg = decodeURIComponent(location.hash.slice(1));
  $('#status').append('<strong>' + msg + '</strong>'); // vigil:expect VGL-JS-XSS-002
  $('#box').html($('<p>').text('x').html() + msg); // vigil:expect VGL-JS-XSS-002
});
