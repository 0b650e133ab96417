require "nokogiri"

class FeedImportsController < ApplicationController
  before_action :authenticate_user!

  def create
    xml = request.raw_post
    doc = Nokogiri::XML(xml) { |config| config.noent.dtdload } # LABEL: CWE-611
    titles = doc.xpath("//item/title").map(&:text)
    current_user.feed_items.create!(titles.map { |t| { title: t } })
    render json: { imported: titles.size }
  end

  def index
    render json: current_user.feed_items.limit(20)
  end
end
