class ProductPresenter < SimpleDelegator
  ALLOWED_TAGS = %w[p strong em ul ol li br].freeze

  def initialize(product, view)
    super(product)
    @view = view
  end

  def title_tag
    @view.content_tag(:h1, name, class: "product-title")
  end

  def summary
    @view.content_tag(:div, @view.sanitize(marketing_blurb, tags: ALLOWED_TAGS, attributes: []), class: "product-summary")
  end

  def tagline
    @view.content_tag(:p, "<em>#{tagline_text}</em>", class: "tagline")
  end
end
