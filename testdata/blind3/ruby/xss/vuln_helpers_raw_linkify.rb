class CommentPresenter
  URL = %r{https?://[^\s<]+}

  def initialize(comment, view_context)
    @comment = comment
    @view = view_context
  end

  def body_html
    linked = @comment.body.gsub(URL) { |url| %(<a href="#{url}" rel="nofollow">#{url}</a>) }
    @view.raw(linked) # LABEL: CWE-79
  end

  def author
    @view.content_tag(:strong, @comment.author_name)
  end
end

class CommentsController < ApplicationController
  def preview
    comment = Comment.new(body: params[:body], author_name: current_user.name)
    render partial: "comments/comment", locals: { presenter: CommentPresenter.new(comment, view_context) }
  end
end
