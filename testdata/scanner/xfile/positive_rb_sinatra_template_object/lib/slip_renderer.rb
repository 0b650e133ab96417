require "erb"

class SlipRenderer
  STANDARD = "<p>Order <%= order %></p>".freeze

  def initialize(layout)
    @layout = layout.to_s.strip.empty? ? STANDARD : layout
  end

  def render(vars)
    ERB.new(@layout).result_with_hash(vars) # vigil:expect VGL-RUBY-SSTI-001 VGL-RUBY-EVAL-001
  end
end
