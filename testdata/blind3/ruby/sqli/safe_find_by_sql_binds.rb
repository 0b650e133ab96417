class MonthlyRevenueQuery
  def initialize(region:, year:)
    @region = region
    @year = year.to_i
  end

  def call
    Order.find_by_sql([<<~SQL, @region, @year])
      SELECT date_trunc('month', paid_at) AS month, SUM(total_cents) AS revenue
      FROM orders
      WHERE region = ? AND EXTRACT(YEAR FROM paid_at) = ?
      GROUP BY 1 ORDER BY 1
    SQL
  end
end
