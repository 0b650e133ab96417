module CommentsHelper
  def comment_body(comment)
    "<div class=\"comment\">#{comment.body}</div>".html_safe # vigil:expect VGL-RUBY-XSS-002
  end
end
