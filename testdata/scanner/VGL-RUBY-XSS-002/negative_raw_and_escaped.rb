class BioPresenter
  SEPARATOR = "<hr>".freeze

  def initialize(text)
    @text = text
  end

  # every interpolation escaped before the string is marked safe
  def to_html
    "<div class=\"bio\">#{ERB::Util.h(@text)}</div>".html_safe
  end

  def to_html_rack
    "<p>#{Rack::Utils.escape_html(@text)}</p>".html_safe
  end

  # raw of constants, literals, translations and sanitised text
  def separator
    raw(SEPARATOR)
  end

  def notice
    raw(t("users.notice_html"))
  end

  def summary(user)
    raw(sanitize(user.bio, tags: %w[b i]))
  end
end

class PreviewsController < ApplicationController
  # the output of a template compiled from request data is template
  # injection (VGL-RUBY-SSTI-001), not also XSS
  def preview
    render html: ERB.new(params[:template]).result(binding).html_safe
  end
end
