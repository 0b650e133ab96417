# frozen_string_literal: true

class Api::StatsController < Api::BaseController
  METRICS = %w[count average_total max_total].freeze

  def show
    metric = params[:metric].to_s
    return head(:not_found) unless METRICS.include?(metric)

    render json: { metric => OrderStats.new(current_account).public_send(metric) }
  end
end
