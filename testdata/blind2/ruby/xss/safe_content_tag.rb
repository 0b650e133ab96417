class NoticesController < ApplicationController
  before_action :authenticate_user!
  rescue_from ActiveRecord::RecordNotFound, with: -> { head :not_found }

  def preview
    heading = helpers.content_tag(:h3, "Notice")
    body = helpers.content_tag(:div, params[:message], class: "notice-body")
    render html: heading + body
  end
end
