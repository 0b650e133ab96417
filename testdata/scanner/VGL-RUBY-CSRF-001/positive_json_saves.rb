class CommentsController < ApplicationController
  skip_before_action :verify_authenticity_token # vigil:expect VGL-RUBY-CSRF-001

  def create
    data = JSON.parse(request.body.read)
    current_user.comments.create!(body: data["body"])
    render json: { ok: true }
  end
end
