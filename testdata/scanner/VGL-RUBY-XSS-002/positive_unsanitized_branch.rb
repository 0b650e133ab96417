# Look-alikes of a helper that sanitizes its text: a branch that prints the
# raw value, a sanitized local overwritten later, a sanitizer skipped on a
# condition the caller does not own, request data added after sanitizing.
module PreviewHelper
  def preview(post, options = {})
    text = sanitize(post.body) if options.fetch(:sanitize, true)
    (text.blank? ? post.body : text.gsub("\n", "<br>")).html_safe # vigil:expect VGL-RUBY-XSS-002
  end

  def signed(body)
    body = sanitize(body)
    body = body + current_user.signature
    (body || "").html_safe # vigil:expect VGL-RUBY-XSS-002
  end

  def trusted_only(body)
    body = sanitize(body) unless current_user.admin?
    (body || "").html_safe # vigil:expect VGL-RUBY-XSS-002
  end

  def with_query(text)
    text = sanitize(text)
    text.sub("QUERY", params[:q]).html_safe # vigil:expect VGL-RUBY-XSS-002
  end
end
