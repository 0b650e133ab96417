require "nokogiri"

class FeedImportsController < ApplicationController
  before_action :authenticate_user!

  def create
    doc = Nokogiri::XML(request.raw_post) { |config| config.strict.nonet }
    titles = doc.xpath("//item/title").map(&:text)
    current_user.feed_items.create!(titles.map { |t| { title: t } })
    render json: { imported: titles.size }
  rescue Nokogiri::XML::SyntaxError
    head :unprocessable_entity
  end
end
