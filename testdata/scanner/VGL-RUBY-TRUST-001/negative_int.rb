class ListController < ApplicationController
  def index
    session[:per_page] = params[:per].to_i
    flash[:notice] = params[:msg]
  end
end
