class BookmarksController < ApplicationController
  # back to the page the user came from: the back-link idiom
  def create
    current_user.bookmarks.create!(post_id: params[:post_id].to_i)
    redirect_to request.referer || root_path
  end
end
