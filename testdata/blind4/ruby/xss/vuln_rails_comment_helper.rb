module CommentsHelper
  def comment_author(comment)
    content_tag(:strong, comment.author_name, class: "comment-author")
  end

  def comment_body(comment)
    text = comment.body.to_s
    text = "(no text)" if text.strip.empty?
    "<div class=\"comment-body\">#{text.gsub("\n", "<br>")}</div>".html_safe # LABEL: CWE-79
  end

  def comment_block(comment)
    safe_join([comment_author(comment), comment_body(comment)])
  end
end
