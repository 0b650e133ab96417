# frozen_string_literal: true

require "nokogiri"

class Api::SafeOrdersXmlController < Api::BaseController
  def create
    # Nokogiri's default options include NONET and leave NOENT/DTDLOAD off.
    doc = Nokogiri::XML(request.raw_post) { |config| config.strict.nonet }
    render json: { accepted: doc.xpath("//line/sku").map(&:text) }
  end
end
