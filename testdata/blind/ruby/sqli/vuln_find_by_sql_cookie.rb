# frozen_string_literal: true

class RecentlyViewedController < ApplicationController
  layout "storefront"

  def show
    ids = cookies[:recent_ids] || "0"
    @products = Product.find_by_sql("SELECT * FROM products WHERE id IN (#{ids}) AND published = TRUE") # LABEL: CWE-89
    render :show
  end
end
