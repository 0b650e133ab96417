import { createHmac } from "crypto";

export const mac = (key: string, data: string) => createHmac("sha512", key).update(data).digest("hex");
