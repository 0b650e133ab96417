class CommentPresenter
  URL = %r{https?://[^\s<]+}

  def initialize(comment, view_context)
    @comment = comment
    @view = view_context
  end

  def body_html
    escaped = ERB::Util.html_escape(@comment.body).to_str
    linked = escaped.gsub(URL) { |url| %(<a href="#{url}" rel="nofollow">#{url}</a>) }
    @view.sanitize(linked, tags: %w[a], attributes: %w[href rel])
  end

  def author
    @view.content_tag(:strong, @comment.author_name)
  end
end
