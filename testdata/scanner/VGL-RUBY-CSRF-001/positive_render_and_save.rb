# Mostly static pages, but one action changes state (and one reads a
# parameter), so the skipped check matters.
class PagesController < ApplicationController
  skip_forgery_protection # vigil:expect VGL-RUBY-CSRF-001

  def about
    render template: "pages/about"
  end

  def subscribe
    Subscription.create!(user: current_user, plan: params[:plan])
    redirect_to root_path
  end
end

class OfflineController < ApplicationController
  skip_before_action :verify_authenticity_token # vigil:expect VGL-RUBY-CSRF-001
  before_action :track_visit

  def show
    render template: "offline"
  end
end
