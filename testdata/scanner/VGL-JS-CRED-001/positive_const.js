const DB_PASSWORD = "Pr0d-Passw0rd-2024"; // vigil:expect VGL-JS-CRED-001
module.exports = { DB_PASSWORD };
