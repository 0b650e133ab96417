class ProductListing
  SORTS = {
    "price" => "price_cents",
    "name" => "name",
    "newest" => "created_at"
  }.freeze

  def initialize(sort:, direction:)
    @column = SORTS.fetch(sort.to_s, "name")
    @direction = direction == "desc" ? "DESC" : "ASC"
  end

  def call
    Product.where(active: true).order(Arel.sql("#{@column} #{@direction}")).limit(50)
  end
end
