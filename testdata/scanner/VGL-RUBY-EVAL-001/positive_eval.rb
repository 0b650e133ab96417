class CalculatorController < ApplicationController
  def compute
    result = eval(params[:expression]) # vigil:expect VGL-RUBY-EVAL-001
    render plain: result.to_s
  end
end
