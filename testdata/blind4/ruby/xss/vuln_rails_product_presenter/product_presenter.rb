class ProductPresenter < SimpleDelegator
  def initialize(product, view)
    super(product)
    @view = view
  end

  def title_tag
    @view.content_tag(:h1, name, class: "product-title")
  end

  def summary
    @view.content_tag(:div, @view.raw(marketing_blurb), class: "product-summary") # LABEL: CWE-79
  end

  def price_tag
    @view.number_to_currency(price_cents / 100.0)
  end
end
