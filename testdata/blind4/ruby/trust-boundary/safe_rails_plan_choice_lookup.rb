class PlanChoice
  def initialize(store)
    @store = store
  end

  def remember(plan, seats)
    @store[:checkout_plan_id] = plan.id
    @store[:checkout_seats] = seats.to_i.clamp(1, plan.max_seats)
  end
end

class CheckoutsController < ApplicationController
  before_action :authenticate_user!

  def select_plan
    plan = Plan.available.find_by(code: params[:plan].to_s)
    return redirect_to(pricing_path, alert: "Unknown plan") if plan.nil?

    PlanChoice.new(session).remember(plan, params[:seats])
    redirect_to new_checkout_path
  end
end
