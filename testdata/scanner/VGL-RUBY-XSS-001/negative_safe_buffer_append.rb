class PagesController < ApplicationController
  def show
    title = params[:title]
    render html: "<h1 class=\"heading\">".html_safe + title + "</h1>".html_safe
  end

  def crumbs
    out = "<nav>".html_safe
    out << params[:section]
    out.safe_concat("</nav>")
    render html: out
  end

  def card
    @card = raw("<div>") + params[:body] + raw("</div>")
  end
end
