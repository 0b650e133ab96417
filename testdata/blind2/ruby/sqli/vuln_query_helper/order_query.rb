class OrderQuery
  def initialize(status)
    @status = status
  end

  def run
    Order.where(condition).limit(100).to_a # LABEL: CWE-89
  end

  private

  def condition
    Arel.sql("status = '#{@status}'")
  end
end
