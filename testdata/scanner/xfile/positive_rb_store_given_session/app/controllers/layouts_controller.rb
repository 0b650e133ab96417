class LayoutsController < ApplicationController
  def update
    LayoutChoice.new(params[:layout]).keep_in(session) # vigil:source
    redirect_to dashboard_path
  end
end
