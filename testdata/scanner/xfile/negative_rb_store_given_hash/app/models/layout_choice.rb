class LayoutChoice
  def initialize(layout)
    @layout = layout
  end

  def keep_in(store)
    store[:layout] = @layout
    self
  end
end
