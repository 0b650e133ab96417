# frozen_string_literal: true

class Api::CalcController < Api::BaseController
  ENABLE_RUBY_FORMULAS = false

  def create
    a = Integer(params[:a], exception: false) || 0
    b = Integer(params[:b], exception: false) || 0
    result =
      if ENABLE_RUBY_FORMULAS
        eval(params[:formula].to_s)
      else
        a + b
      end
    render json: { result: result }
  end
end
