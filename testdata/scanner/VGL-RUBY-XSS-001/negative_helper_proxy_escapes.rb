class SignatureDecorator < Draper::Decorator
  # Draper's h is the view context: h.sanitize is Rails' safe-list sanitizer
  def sig_html(text)
    "<p>#{h.sanitize(text)}</p>".html_safe
  end
end

class SignaturesController < ApplicationController
  def preview
    html = "<div>#{helpers.strip_tags(params[:sig])}</div>"
    render html: html.html_safe
  end

  def quote
    render html: "<q>#{view_context.html_escape(params[:q])}</q>".html_safe
  end
end
