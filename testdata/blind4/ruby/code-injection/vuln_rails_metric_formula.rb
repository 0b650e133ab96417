class MetricsController < ApplicationController
  before_action :authenticate_user!

  class FormulaEvaluator
    def initialize(expression)
      @expression = expression
    end

    def value_for(stats)
      stats.instance_eval(@expression) # LABEL: CWE-94
    end
  end

  def preview
    stats = DashboardStats.new(current_account, period: params[:period] || "30d")
    expression = params[:formula].presence || "revenue / orders"
    value = FormulaEvaluator.new(expression).value_for(stats)
    render json: { formula: expression, value: value }
  end
end
