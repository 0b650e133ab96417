class CommentsController < ApplicationController
  before_action :authenticate_user!

  def preview
    comment = Comment.new(body: params[:body], author_name: current_user.name)
    presenter = CommentPresenter.new(comment, view_context)
    render partial: "comments/comment", locals: { presenter: presenter }
  end

  def create
    current_user.comments.create!(body: params.require(:body))
    redirect_back fallback_location: root_path
  end
end
