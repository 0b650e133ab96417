require "nokogiri"

class PriceList
  def initialize(path = Rails.root.join("config", "price_list.xml"))
    @doc = File.open(path) { |f| Nokogiri::XML(f) }
  end

  def price_for(sku, currency)
    node = @doc.at_xpath("//item[@sku=$sku]/price[@currency=$cur]", nil, { "sku" => sku.to_s, "cur" => currency.to_s })
    node&.text
  end
end

class PricesController < ApplicationController
  def show
    render json: { price: PriceList.new.price_for(params[:sku], params[:currency] || "EUR") }
  end
end
