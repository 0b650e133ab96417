class QuarterlySalesQuery
  attr_reader :branch, :quarter

  def initialize(branch:, quarter:)
    @branch = branch
    @quarter = quarter
  end

  def call
    Sale.find_by_sql(sql)
  end

  private

  def sql
    <<~SQL
      SELECT SUM(total) FROM sales
      WHERE branch = #{Sale.connection.quote(branch)} AND quarter = #{quarter}
    SQL
  end
end
