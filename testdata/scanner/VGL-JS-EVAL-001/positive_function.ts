export function compile(expr: string) {
  return new Function("x", `return ${expr};`); // vigil:expect VGL-JS-EVAL-001
}
