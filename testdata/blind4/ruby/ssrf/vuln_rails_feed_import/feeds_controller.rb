class FeedsController < ApplicationController
  before_action :authenticate_user!

  def create
    importer = FeedImporter.new(feed_params[:url], owner: current_user)
    feed = importer.call
    redirect_to feed_path(feed), notice: "Imported #{feed.entries.count} entries"
  rescue FeedImporter::Error => e
    redirect_to new_feed_path, alert: e.message
  end

  private

  def feed_params
    params.require(:feed).permit(:url)
  end
end
