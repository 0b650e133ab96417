class MonthlyRevenueQuery
  attr_reader :region, :year

  def initialize(region:, year:)
    @region = region
    @year = year
  end

  def call
    Order.find_by_sql(sql) # LABEL: CWE-89
  end

  private

  def sql
    <<~SQL
      SELECT date_trunc('month', paid_at) AS month, SUM(total_cents) AS revenue
      FROM orders
      WHERE region = '#{region}' AND EXTRACT(YEAR FROM paid_at) = #{year}
      GROUP BY 1 ORDER BY 1
    SQL
  end
end
