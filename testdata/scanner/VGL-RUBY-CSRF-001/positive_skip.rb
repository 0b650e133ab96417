class PaymentsController < ApplicationController
  skip_before_action :verify_authenticity_token # vigil:expect VGL-RUBY-CSRF-001

  def create
    Payment.create!(amount: params[:amount].to_i, user: current_user)
  end
end
