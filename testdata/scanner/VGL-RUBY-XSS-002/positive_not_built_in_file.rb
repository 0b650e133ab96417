# Look-alikes the file does not build: a reader without an ivar the file
# assigns, a builder given request data, a method defined elsewhere, and a
# heredoc interpolating a model attribute or a controller's ivar.
module Banners
  attr_reader :banner_html

  def banner
    banner_html.gsub("\n", "<br>").html_safe # vigil:expect VGL-RUBY-XSS-002
  end

  def preview
    wrap(params[:body]).html_safe # vigil:expect VGL-RUBY-XSS-002
  end

  def external
    format_bio(@user).html_safe # vigil:expect VGL-RUBY-XSS-002
  end

  def card(user)
    <<~HTML.html_safe # vigil:expect VGL-RUBY-XSS-002
      <div class="card">#{user.name}</div>
    HTML
  end

  def notice
    <<~HTML.html_safe # vigil:expect VGL-RUBY-XSS-002
      <p>#{@notice_html}</p>
    HTML
  end

  private

  def wrap(text)
    "<p>#{text}</p>"
  end
end
