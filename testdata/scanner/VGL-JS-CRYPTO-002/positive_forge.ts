import forge from "node-forge";

export const keys = forge.pki.rsa.generateKeyPair({ bits: 512, e: 0x10001 }); // vigil:expect VGL-JS-CRYPTO-002
