class NoticesController < ApplicationController
  def preview
    body = helpers.content_tag(:h3, "Notice") + helpers.content_tag(:div, params[:message])
    render html: body
  end
end
