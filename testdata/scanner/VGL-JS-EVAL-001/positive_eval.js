function compute(formula, scope) {
  return eval(formula); // vigil:expect VGL-JS-EVAL-001
}
module.exports = compute;
