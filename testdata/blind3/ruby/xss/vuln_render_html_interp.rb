class PreviewsController < ApplicationController
  layout false

  def headline
    title = params.require(:title)
    subtitle = params.fetch(:subtitle, "")
    html = "<header><h1>#{title}</h1><h2>#{subtitle}</h2></header>"
    render html: html.html_safe # LABEL: CWE-79
  end

  def ping
    head :ok
  end
end
