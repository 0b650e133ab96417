# frozen_string_literal: true

class Api::CommentsController < Api::BaseController
  def index
    post_id = params[:post_id].to_i
    since = params[:since].to_i
    comments = Comment.where("post_id = #{post_id} AND id > #{since}").order(:id).limit(100)
    render json: comments
  end
end
