# frozen_string_literal: true

class SafeWorkspaceSwitchesController < ApplicationController
  def create
    membership = current_user.memberships.find_by!(workspace_id: params[:workspace_id])
    session[:workspace_id] = membership.workspace_id
    session[:workspace_role] = membership.role
    redirect_to dashboard_path
  end
end
