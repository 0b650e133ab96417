# frozen_string_literal: true

class Api::FormulasController < Api::BaseController
  # Evaluates a spreadsheet-like formula against the current row.
  def evaluate
    formula = params.require(:formula)
    row = { price: 10.0, qty: 3 }
    result = eval(formula.gsub(/\b(price|qty)\b/) { "row[:#{Regexp.last_match(1)}]" }) # LABEL: CWE-95
    render json: { result: result }
  end
end
