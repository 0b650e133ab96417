# Rails >= 5.2 protects every ActionController::Base subclass by default:
# a controller that says nothing about forgery protection is protected,
# as are controllers that strengthen the check.
class OrdersController < ApplicationController
  def create
    Order.create!(user: current_user, sku: params[:sku])
  end
end

class AdminController < ActionController::Base
  protect_from_forgery with: :exception, prepend: true

  def destroy
    User.find(params[:id]).destroy
  end
end

class ReportsController < ApplicationController
  protect_from_forgery with: :exception, if: -> { request.format.html? }
end

module Shop
  class Application < Rails::Application
    config.action_controller.default_protect_from_forgery = true
    config.action_controller.allow_forgery_protection = true
  end
end
