// Browser script: shows the flash message passed in the query string after a redirect.
$(function () {
  const params = new URLSearchParams(window.location.search);
  const message = params.get('flash');
  if (message) {
    $('#flash').html('<strong>' + message + '</strong>').show(); // LABEL: CWE-79
  }
});
