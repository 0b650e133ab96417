class PlanChoice
  def initialize(store)
    @store = store
  end

  def remember(plan_code, seats)
    @store[:checkout_plan] = plan_code # LABEL: CWE-501
    @store[:checkout_seats] = seats.to_i.clamp(1, 500)
  end
end

class CheckoutsController < ApplicationController
  before_action :authenticate_user!

  def select_plan
    code = params[:plan].presence || "starter"
    PlanChoice.new(session).remember(code, params[:seats])
    redirect_to new_checkout_path
  end
end
