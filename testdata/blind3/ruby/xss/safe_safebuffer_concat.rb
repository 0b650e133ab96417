class PreviewsController < ApplicationController
  layout false

  def headline
    title = params.require(:title)
    subtitle = params.fetch(:subtitle, "")
    html = "<header><h1>".html_safe + title + "</h1><h2>".html_safe + subtitle + "</h2></header>".html_safe
    render html: html
  end

  def ping
    head :ok
  end
end
