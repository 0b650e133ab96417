export const verifyOptions = { maxAge: "15m", algorithms: ["ES256"] };
