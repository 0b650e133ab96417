function onLogin(resp) {
  localStorage.setItem("access_token", resp.token); // vigil:expect VGL-JS-STORAGE-001
}
module.exports = onLogin;
