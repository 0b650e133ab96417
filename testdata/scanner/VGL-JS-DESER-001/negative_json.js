function restore(req) {
  return JSON.parse(req.cookies.profile);
}
module.exports = restore;
