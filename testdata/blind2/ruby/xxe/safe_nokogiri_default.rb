require "nokogiri"

class CatalogImportsController < ApplicationController
  before_action :authenticate_user!

  def create
    xml = request.body.read
    doc = Nokogiri::XML(xml) { |config| config.strict.nonet }
    render json: { products: doc.xpath("//product").size }
  end
end
