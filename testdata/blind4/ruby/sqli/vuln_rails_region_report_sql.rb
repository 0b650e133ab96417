class Reports::RevenueController < ApplicationController
  before_action :require_finance_role

  def show
    region = request.headers["X-Region"].presence || "eu"
    @rows = Order.find_by_sql(<<~SQL) # LABEL: CWE-89
      SELECT date_trunc('week', placed_at) AS week, SUM(total_cents) AS revenue
      FROM orders
      WHERE region = '#{region}' AND state = 'paid'
      GROUP BY 1 ORDER BY 1
    SQL
    render json: @rows.map { |r| { week: r.week, revenue: r.revenue } }
  end
end
