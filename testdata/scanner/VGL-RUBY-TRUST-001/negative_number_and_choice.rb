class PrefsController < ApplicationController
  def update
    page_size = params[:per_page].to_i.clamp(10, 100)
    session[:per_page] = page_size
    session[:sort] = params[:sort] == "asc" ? "asc" : "desc"
    head :ok
  end
end
