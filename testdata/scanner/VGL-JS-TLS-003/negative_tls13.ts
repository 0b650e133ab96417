export const opts = { minVersion: "TLSv1.3", maxVersion: "TLSv1.3" };
