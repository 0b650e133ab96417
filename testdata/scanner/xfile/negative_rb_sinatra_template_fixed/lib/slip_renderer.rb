require "erb"

class SlipRenderer
  LAYOUTS = { "short" => "<p><%= order %></p>", "long" => "<div><p>Order <%= order %></p></div>" }.freeze

  def initialize(layout)
    @layout = LAYOUTS.fetch(layout.to_s, LAYOUTS["short"])
  end

  def render(vars)
    ERB.new(@layout).result_with_hash(vars)
  end
end
