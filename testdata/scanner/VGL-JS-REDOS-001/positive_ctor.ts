export const words = new RegExp("^(\\w+\\s?)+$"); // vigil:expect VGL-JS-REDOS-001
