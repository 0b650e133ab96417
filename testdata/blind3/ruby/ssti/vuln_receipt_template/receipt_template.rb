require "erb"

class ReceiptTemplate
  DEFAULT = "Order <%= order[:id] %>: <%= order[:total] %>".freeze

  def initialize(source)
    @source = source.to_s.empty? ? DEFAULT : source
  end

  def render(order)
    ERB.new(@source).result_with_hash(order: order) # LABEL: CWE-1336
  end

  def default?
    @source == DEFAULT
  end
end
