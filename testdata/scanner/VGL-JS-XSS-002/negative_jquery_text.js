// jQuery elements whose content is set with .text() hold text nodes: the
// DOM escapes it, whatever the URL said.
$(function () {
  var msg = decodeURIComponent(location.hash.slice(1));
  $('#status').append($('<strong>').text(msg));
  $('#list').prepend($('<li class="item">').text(msg).addClass('new'));
  $('#title').text(msg);
});
