module ProfileHelper
  def bio_paragraph(text)
    "<p class=\"bio\">#{text}</p>".html_safe # vigil:expect VGL-RUBY-XSS-001
  end
end
