const config = {
  host: "db.internal",
  password: "Zx9!pQ2#mW7v", // vigil:expect VGL-JS-CRED-001
};
module.exports = config;
