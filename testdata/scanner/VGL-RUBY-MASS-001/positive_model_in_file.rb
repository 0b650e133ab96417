class Comment < ApplicationRecord
  def initialize(attrs = {})
    super
    self.status ||= "pending"
  end
end

class CommentsController < ApplicationController
  def create
    @comment = Comment.new(params[:comment]) # vigil:expect VGL-RUBY-MASS-001
    @comment.save
  end
end
