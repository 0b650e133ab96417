class UpgradesController < ApplicationController
  before_action :authenticate_user!

  def select
    choice = PlanChoice.new(params[:plan])
    choice.remember(session)
    redirect_to new_checkout_path
  end
end

class PlanChoice
  def initialize(plan)
    @plan = plan
  end

  def remember(store)
    store[:selected_plan] = @plan # LABEL: CWE-501
  end
end
