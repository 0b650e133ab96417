class Reports::RevenueController < ApplicationController
  before_action :require_finance_role

  REVENUE_SQL = <<~SQL.freeze
    SELECT date_trunc('week', placed_at) AS week, SUM(total_cents) AS revenue
    FROM orders
    WHERE region = ? AND state = 'paid'
    GROUP BY 1 ORDER BY 1
  SQL

  def show
    region = request.headers["X-Region"].presence || "eu"
    @rows = Order.find_by_sql([REVENUE_SQL, region])
    render json: @rows.map { |r| { week: r.week, revenue: r.revenue } }
  end
end
