// Browser script: shows the flash message passed in the query string after a redirect.
$(function () {
  const params = new URLSearchParams(window.location.search);
  const message = params.get('flash');
  if (message) {
    $('#flash').empty().append($('<strong>').text(message)).show();
  }
});
