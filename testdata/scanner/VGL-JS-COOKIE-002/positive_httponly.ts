import session from "express-session";

export default session({ secret: process.env.S as string, cookie: { httpOnly: false } }); // vigil:expect VGL-JS-COOKIE-002
