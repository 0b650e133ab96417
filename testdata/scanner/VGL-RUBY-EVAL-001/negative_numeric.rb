class CalculatorController < ApplicationController
  def compute
    a = params[:a].to_i
    b = Integer(params[:b])
    render plain: eval("#{a} + #{b}").to_s
  end
end
