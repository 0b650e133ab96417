module MarkupHelper
  def sanitize_content(content)
    sanitizer.sanitize(content.to_html, tags: allowed_tags).html_safe
  end

  def strip(html)
    self.class.full_sanitizer.sanitize(html)&.html_safe
  end

  def wrapped(&block)
    capture(&block).html_safe
  end

  def header
    @header = engine.render(@raw_header).html_safe
  end

  def escape_once(s)
    s.to_s.gsub(HTML_ESCAPE_ONCE_REGEXP, HTML_ESCAPE).html_safe
  end

  def options_for(container)
    container.map do |element|
      content_tag("option", element.name, value: element.id)
    end.join("\n").html_safe
  end

  def meta_tags
    [
      tag("meta", name: "csrf-param", content: request_forgery_protection_token),
      tag("meta", name: "csrf-token", content: form_authenticity_token)
    ].join("\n").html_safe
  end

  def select(select_html, select_options)
    (content_tag("select", select_html, select_options) + "\n").html_safe
  end
end
