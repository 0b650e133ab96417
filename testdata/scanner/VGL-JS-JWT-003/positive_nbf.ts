export const verifyOptions = {
  ignoreNotBefore: true, // vigil:expect VGL-JS-JWT-003
};
