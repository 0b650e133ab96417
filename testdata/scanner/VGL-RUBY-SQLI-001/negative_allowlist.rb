class ItemsController < ApplicationController
  SORTABLE = %w[name price created_at].freeze

  def index
    limit = params[:limit].to_i
    @items = Item.order(:created_at).limit(limit)
    @page = Item.find_by_sql(["SELECT * FROM items WHERE id > ?", params[:after]])
    @raw = Item.find_by_sql("SELECT * FROM items LIMIT #{limit}")
  end
end
