# frozen_string_literal: true

class CustomersController < ApplicationController
  before_action :authenticate_user!

  def index
    term = params[:q].to_s
    @customers = Customer.where("company_name LIKE '%#{term}%'").order(:company_name).limit(50) # LABEL: CWE-89
    respond_to do |format|
      format.html
      format.json { render json: @customers }
    end
  end
end
