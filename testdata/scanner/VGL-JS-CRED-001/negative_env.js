const DB_PASSWORD = process.env.DB_PASSWORD;
const passwordField = "password_confirmation";
module.exports = { DB_PASSWORD, passwordField };
