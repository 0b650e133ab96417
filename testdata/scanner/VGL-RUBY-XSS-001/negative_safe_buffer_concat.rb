class PagesController < ApplicationController
  # a SafeBuffer escapes what is appended to it
  def show
    render html: "<b>".html_safe + params[:x]
  end

  def wrap
    render html: "<p>".html_safe + params[:y] + "</p>".html_safe
  end

  def preview
    @msg = view_context.raw(helpers.sanitize(params[:msg]))
  end

  def box
    @box = helpers.content_tag(:div, params[:body])
  end
end
