export { listDir } from "./shell";
export * from "./archive";
