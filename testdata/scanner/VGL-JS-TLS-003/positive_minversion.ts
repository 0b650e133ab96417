import https from "https";

export const server = https.createServer({ minVersion: "TLSv1" }); // vigil:expect VGL-JS-TLS-003
