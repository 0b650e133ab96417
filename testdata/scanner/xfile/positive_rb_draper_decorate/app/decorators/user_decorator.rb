class UserDecorator < Draper::Decorator
  delegate_all

  def signature_html(text)
    "<p class=\"sig\">#{text}</p>".html_safe # vigil:expect VGL-RUBY-XSS-001
  end
end
