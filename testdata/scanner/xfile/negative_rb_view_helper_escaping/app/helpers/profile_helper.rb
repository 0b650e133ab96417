module ProfileHelper
  def bio_paragraph(text)
    "<p class=\"bio\">#{h(text)}</p>".html_safe
  end

  def quote_block(text)
    safe = ERB::Util.html_escape(text)
    "<blockquote>#{safe}</blockquote>".html_safe
  end
end
