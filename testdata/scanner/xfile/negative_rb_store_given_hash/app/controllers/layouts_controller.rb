class LayoutsController < ApplicationController
  def preview
    prefs = {}
    LayoutChoice.new(params[:layout]).keep_in(prefs)
    render json: prefs
  end
end
