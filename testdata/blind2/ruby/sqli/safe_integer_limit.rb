class FeedController < ApplicationController
  SORTS = { "new" => "created_at DESC", "top" => "score DESC" }.freeze

  def index
    limit = Integer(params.fetch(:limit, 20))
    order = SORTS.fetch(params[:sort], SORTS["new"])
    posts = Post.find_by_sql("SELECT * FROM posts ORDER BY #{order} LIMIT #{limit}")
    render json: posts
  end
end
