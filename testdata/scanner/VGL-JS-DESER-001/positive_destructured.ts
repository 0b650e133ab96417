import { unserialize } from "node-serialize";

export const load = (blob: string) => unserialize(blob); // vigil:expect VGL-JS-DESER-001
