# frozen_string_literal: true

class Reports::SafeSalesController < ApplicationController
  DIMENSIONS = {
    "region" => "region",
    "product" => "product_id",
    "channel" => "sales_channel"
  }.freeze

  def summary
    column = DIMENSIONS.fetch(params[:by].to_s, "region")
    render json: Sale.group(column).sum(:amount)
  end
end
