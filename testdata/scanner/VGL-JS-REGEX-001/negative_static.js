const WORD = new RegExp("^[a-z]+$");

function valid(req) {
  return WORD.test(req.query.word);
}
module.exports = valid;
