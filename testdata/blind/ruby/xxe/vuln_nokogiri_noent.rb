# frozen_string_literal: true

require "nokogiri"

class Api::OrdersXmlController < Api::BaseController
  def create
    doc = Nokogiri::XML(request.raw_post) { |config| config.strict.noent } # LABEL: CWE-611
    skus = doc.xpath("//line/sku").map(&:text)
    render json: { accepted: skus }
  end
end
