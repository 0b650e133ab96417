# frozen_string_literal: true

class WorkspaceSwitchesController < ApplicationController
  before_action :authenticate_user!

  def create
    session[:workspace_id] = params[:workspace_id].to_i
    session[:workspace_role] = params[:role] # LABEL: CWE-501
    redirect_to dashboard_path
  end
end
