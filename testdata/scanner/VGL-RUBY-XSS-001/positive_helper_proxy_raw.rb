class SignaturesController < ApplicationController
  # the proxy's raw and link sanitizer keep markup
  def preview
    html = "<div>#{helpers.raw(params[:sig])}</div>" # vigil:expect VGL-RUBY-XSS-001
    render html: html.html_safe # vigil:expect VGL-RUBY-XSS-001
  end

  def quote
    render html: "<q>#{view_context.truncate(params[:q], length: 80)}</q>".html_safe # vigil:expect VGL-RUBY-XSS-001
  end
end
