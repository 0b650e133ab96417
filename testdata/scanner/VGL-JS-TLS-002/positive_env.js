process.env.NODE_TLS_REJECT_UNAUTHORIZED = "0"; // vigil:expect VGL-JS-TLS-002
require("./client");
