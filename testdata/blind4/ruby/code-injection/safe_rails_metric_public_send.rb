class MetricsController < ApplicationController
  before_action :authenticate_user!

  class MetricPicker
    ALLOWED = %w[revenue orders refunds average_order_value conversion_rate].freeze

    def initialize(name)
      @name = ALLOWED.include?(name) ? name : "revenue"
    end

    def value_for(stats)
      stats.public_send(@name)
    end
  end

  def preview
    stats = DashboardStats.new(current_account, period: params[:period] || "30d")
    picker = MetricPicker.new(params[:metric].to_s)
    render json: { metric: params[:metric], value: picker.value_for(stats) }
  end
end
