class UpgradesController < ApplicationController
  before_action :authenticate_user!

  def select
    plan = Plan.available.find_by!(slug: params[:plan])
    session[:selected_plan_id] = plan.id
    redirect_to new_checkout_path
  rescue ActiveRecord::RecordNotFound
    redirect_to plans_path, alert: "Unknown plan"
  end

  def index
    @plans = Plan.available
  end
end
