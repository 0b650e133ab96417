module CommentsHelper
  def comment_body(comment)
    sanitize(comment.body, tags: %w[b i a]).html_safe
  end

  def title(comment)
    "<h3>#{h(comment.title)}</h3>".html_safe
  end

  def label
    t("comments.label_html").html_safe
  end
end
