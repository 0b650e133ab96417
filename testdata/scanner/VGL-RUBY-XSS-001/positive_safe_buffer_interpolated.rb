class BadgesController < ApplicationController
  def show
    label = params[:label]
    render html: "<span class=\"badge\">#{label}</span>".html_safe # vigil:expect VGL-RUBY-XSS-001
  end

  def banner
    render html: "<div>".html_safe + raw(params[:banner]) # vigil:expect VGL-RUBY-XSS-001
  end
end
