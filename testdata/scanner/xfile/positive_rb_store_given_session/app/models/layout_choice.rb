class LayoutChoice
  def initialize(layout)
    @layout = layout
  end

  def keep_in(store)
    store[:layout] = @layout # vigil:expect VGL-RUBY-TRUST-001
    self
  end
end
